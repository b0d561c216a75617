package org.vetlis.lab.domain.security;

/**
 * What a user may do. The codes are the rows of table {@code app_role} and the group names that
 * Jakarta Security and MicroProfile JWT map to roles, so they never change once released.
 */
public enum Role {
    /** Users, catalogues, instruments and system configuration. */
    ADMIN,
    /** Runs the laboratory: worklists, QC review, turnaround, release. */
    LAB_MANAGER,
    /** Verifies and amends results, releases reports (typically a pathologist). */
    VERIFIER,
    /** Receives specimens, enters and reruns results, runs QC. */
    TECHNICIAN,
    /** Registers owners and animals, enters orders, prints labels. */
    RECEPTION,
    /** Machine access for practice-management systems through the API. */
    INTEGRATION,
    /** Reads patients, orders and released results; changes nothing. */
    VIEWER
}
