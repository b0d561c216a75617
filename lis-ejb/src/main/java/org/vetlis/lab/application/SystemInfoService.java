package org.vetlis.lab.application;

/** Reports what is running, and whether its parts are ready. */
public interface SystemInfoService {

    SystemInfo info();

    /** True when a database connection can be had and answers within two seconds. */
    boolean databaseReachable();

    MigrationStatus migrations();
}
