package org.vetlis.lab.application;

import java.util.List;

import org.vetlis.connector.api.ListenerStatus;

/**
 * What is running: for operators, integrators and health checks.
 *
 * @param version         VetLIS version
 * @param databaseProduct database product and version, or null when unreachable
 * @param migrations      schema migration state and version
 * @param listeners       analyzer listeners and their state
 * @param demo            whether demo mode (demo users and data) is on
 */
public record SystemInfo(String version, String databaseProduct, MigrationStatus migrations,
                         List<ListenerStatus> listeners, boolean demo) {
}
