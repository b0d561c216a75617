package org.vetlis.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the test domain and its database are: ./vetlis test prepares them and passes their coordinates
 * as {@code vetlis.it.*} system properties.
 */
public final class TestServer {

    private TestServer() {
    }

    public static String baseUrl() {
        return "http://localhost:" + required("vetlis.it.httpPort");
    }

    public static int analyzerPort() {
        return Integer.parseInt(required("vetlis.it.analyzerPort"));
    }

    public static Path ear() {
        return Path.of(required("vetlis.it.ear"));
    }

    /** A direct connection to the test database, to check what the application stored. */
    public static Connection database() throws SQLException {
        return DriverManager.getConnection(required("vetlis.it.db.url"), required("vetlis.it.db.user"), required("vetlis.it.db.password"));
    }

    /** The password generated for demo user {@code username} at the first deployment. */
    public static String demoPassword(String username) {
        Path file = Path.of(required("vetlis.it.credentials"));
        try {
            Map<String, String> passwords = Files.readAllLines(file).stream()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("\t"))
                    .collect(Collectors.toMap(f -> f[0], f -> f[1]));
            String password = passwords.get(username);
            if (password == null) {
                throw new IllegalStateException("no generated password for " + username + " in " + file);
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("demo credentials not readable: " + file, e);
        }
    }

    private static String required(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(key + " is not set: run the container tests with ./vetlis test");
        }
        return value;
    }
}
