package org.vetlis.lab.application.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vetlis.connector.api.ListenerStatus;
import org.vetlis.lab.application.AnalyzerDispatcher;
import org.vetlis.lab.application.MigrationStatus;
import org.vetlis.lab.application.SystemInfo;
import org.vetlis.lab.application.SystemInfoService;
import org.vetlis.lab.infrastructure.migration.DatabaseMigrator;

@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultSystemInfoService implements SystemInfoService {

    private static final Logger LOG = Logger.getLogger(DefaultSystemInfoService.class.getName());
    private static final String VERSION = readVersion();

    @Resource(lookup = "jdbc/vetlis")
    private DataSource dataSource;

    @EJB
    private DatabaseMigrator migrator;

    @EJB
    private AnalyzerDispatcher dispatcher;

    @Inject
    @ConfigProperty(name = "vetlis.demo", defaultValue = "false")
    private boolean demo;

    @Override
    public SystemInfo info() {
        return new SystemInfo(VERSION, databaseProduct(), migrator.status(), listeners(), demo);
    }

    @Override
    public List<ListenerStatus> listeners() {
        try {
            return dispatcher.status();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "analyzer listeners unknown: " + e.getMessage());
            return List.of();
        }
    }

    @Override
    public boolean databaseReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            LOG.log(Level.FINE, "database not reachable", e);
            return false;
        }
    }

    @Override
    public MigrationStatus migrations() {
        return migrator.status();
    }

    private String databaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "database not reachable: " + e.getMessage());
            return null;
        }
    }

    private static String readVersion() {
        Properties build = new Properties();
        try (InputStream in = SystemInfo.class.getResourceAsStream("vetlis-build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "build properties unreadable", e);
        }
        return build.getProperty("version", "unknown");
    }
}
