package org.vetlis.db;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * Where the VetLIS schema migrations live and how Flyway is set up to apply them.
 *
 * <p>Migrations are written once in the PostgreSQL dialect ({@value #SCHEMA}); the few that truly
 * differ per database live in a vendor folder ({@value #VENDOR}, Flyway resolves {@code {vendor}}
 * to {@code postgresql} or {@code h2}). Demo data ({@value #DEMO}) is a separate location that only
 * demo mode adds, so a production database never receives it.
 */
public final class Migrations {

    public static final String SCHEMA = "classpath:db/migration/common";
    public static final String VENDOR = "classpath:db/migration/{vendor}";
    public static final String DEMO = "classpath:db/demo";

    private Migrations() {
    }

    /** A Flyway instance for the VetLIS schema, with demo data when {@code demo} is true. */
    public static Flyway flyway(DataSource dataSource, boolean demo) {
        String[] locations = demo ? new String[] {SCHEMA, VENDOR, DEMO} : new String[] {SCHEMA, VENDOR};
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations)
                // an applied migration is never edited; a changed checksum must stop the start-up
                .validateOnMigrate(true)
                .cleanDisabled(true)
                .load();
    }
}
