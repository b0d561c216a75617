package org.vetlis.lab.infrastructure.migration;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.vetlis.db.Migrations;
import org.vetlis.lab.application.MigrationStatus;
import org.vetlis.lab.infrastructure.security.InitialCredentials;

/**
 * Brings the database schema up to date when the application starts, before anything uses JPA.
 *
 * <p>When the database cannot be migrated (it is down, or a migration fails) the application still
 * deploys: readiness reports the reason, services that write refuse to, and the migration is retried
 * every {@value #RETRY_SECONDS} seconds. Flyway manages its own connections and transactions, hence
 * bean-managed transactions here.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());
    static final int RETRY_SECONDS = 30;

    @Resource(lookup = "jdbc/vetlis")
    private DataSource dataSource;

    @Resource
    private TimerService timers;

    @EJB
    private InitialCredentials credentials;

    @Inject
    @ConfigProperty(name = "vetlis.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    @ConfigProperty(name = "vetlis.demo.analyzer-port", defaultValue = "" + Migrations.DEMO_ANALYZER_PORT)
    private int demoAnalyzerPort;

    private volatile MigrationStatus status = MigrationStatus.pending();

    @PostConstruct
    void migrateAtStartup() {
        if (!migrate()) {
            timers.createIntervalTimer(RETRY_SECONDS * 1000L, RETRY_SECONDS * 1000L, new TimerConfig("schema migration retry", false));
        }
    }

    @Timeout
    void retry(Timer timer) {
        if (migrate()) {
            timer.cancel();
        }
    }

    public MigrationStatus status() {
        return status;
    }

    private boolean migrate() {
        try {
            Flyway flyway = Migrations.flyway(dataSource, demo, demoAnalyzerPort);
            int applied = flyway.migrate().migrationsExecuted;
            String version = appliedVersion(flyway);
            status = new MigrationStatus(MigrationStatus.State.CURRENT, version, null);
            LOG.info(() -> "Database schema at version " + version + " (" + applied + " migrations applied now"
                    + (demo ? ", demo data on)" : ")"));
        } catch (RuntimeException e) {
            status = new MigrationStatus(MigrationStatus.State.FAILED, null, e.getMessage());
            LOG.log(Level.SEVERE, "Database migration failed; retrying in " + RETRY_SECONDS + " s: " + e.getMessage(), e);
            return false;
        }
        try {
            credentials.ensure();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Initial credentials could not be set up: " + e.getMessage(), e);
        }
        return true;
    }

    private static String appliedVersion(Flyway flyway) {
        return Arrays.stream(flyway.info().applied())
                .map(MigrationInfo::getVersion)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .map(MigrationVersion::getVersion)
                .orElse(null);
    }
}
