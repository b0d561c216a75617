package org.vetlis.lab.application;

/**
 * Where the database schema stands.
 *
 * @param state         PENDING before the first attempt, CURRENT when every migration is applied, FAILED otherwise
 * @param schemaVersion the highest applied migration version, or null
 * @param detail        why it failed, or null
 */
public record MigrationStatus(State state, String schemaVersion, String detail) {

    public enum State { PENDING, CURRENT, FAILED }

    public static MigrationStatus pending() {
        return new MigrationStatus(State.PENDING, null, "migrations have not run yet");
    }

    public boolean isCurrent() {
        return state == State.CURRENT;
    }
}
