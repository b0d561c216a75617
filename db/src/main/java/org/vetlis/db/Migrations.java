package org.vetlis.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Where the VetLIS schema migrations live and how Flyway is set up to apply them.
 *
 * <p>Migrations are written once in the PostgreSQL dialect ({@value #SCHEMA}); the few that truly
 * differ per database live in a vendor folder ({@value #VENDOR}{@code postgresql} or {@code h2}, named
 * after the database the data source reaches). Demo data ({@value #DEMO}) is a separate location that only
 * demo mode adds, so a production database never receives it.
 */
public final class Migrations {

    public static final String SCHEMA = "classpath:db/migration/common";
    public static final String VENDOR = "classpath:db/migration/";
    public static final String DEMO = "classpath:db/demo";

    private Migrations() {
    }

    /**
     * The demo chemistry analyzer's port when the installation does not say; the ASTM haematology analyzer takes the
     * next, the HL7 one this plus 100.
     */
    public static final int DEMO_ANALYZER_PORT = 20100;

    /** A Flyway instance for the VetLIS schema, with demo data when {@code demo} is true. */
    public static Flyway flyway(DataSource dataSource, boolean demo) {
        return flyway(dataSource, demo, DEMO_ANALYZER_PORT);
    }

    /**
     * A Flyway instance for the VetLIS schema, with demo data when {@code demo} is true; the demo analyzers listen on
     * {@code demoAnalyzerPort} and the port after it.
     */
    public static Flyway flyway(DataSource dataSource, boolean demo, int demoAnalyzerPort) {
        String vendor = VENDOR + vendor(dataSource);
        String[] locations = demo ? new String[] {SCHEMA, vendor, DEMO} : new String[] {SCHEMA, vendor};
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations)
                .placeholders(Map.of("demo_chemistry_port", Integer.toString(demoAnalyzerPort),
                        "demo_haematology_port", Integer.toString(demoAnalyzerPort + 1),
                        "demo_hl7_port", Integer.toString(demoAnalyzerPort + 100)))
                // an applied migration is never edited; a changed checksum must stop the start-up
                .validateOnMigrate(true)
                .cleanDisabled(true)
                .load();
    }

    /** The vendor folder name of the database behind {@code dataSource}: {@code postgresql}, {@code h2}, … */
    static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        } catch (SQLException e) {
            throw new FlywayException("cannot reach the database to migrate it: " + e.getMessage(), e);
        }
    }
}
