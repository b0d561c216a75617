package org.vetlis.lab.application;

import java.util.List;

import org.vetlis.connector.api.ListenerStatus;

/** Reports what is running, and whether its parts are ready. */
public interface SystemInfoService {

    SystemInfo info();

    /** True when a database connection can be had and answers within two seconds. */
    boolean databaseReachable();

    MigrationStatus migrations();

    /** The analyzer listeners now; empty when the connector cannot be asked. */
    List<ListenerStatus> listeners();
}
