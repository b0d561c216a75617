package org.vetlis.lab.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditTrail;
import org.vetlis.lab.domain.security.Role;
import org.vetlis.lab.domain.security.User;
import org.vetlis.lab.domain.security.UserRepository;

/**
 * Makes sure someone can sign in after installation, without any password in the code or the repository.
 *
 * <p>Demo mode: every demo user still without a password gets a generated one. Otherwise, when no active
 * administrator exists, an {@code admin} account is created with a generated one-time password. Either way
 * the passwords go to a file readable only by the server's user ({@code vetlis.credentials.file}, by default
 * {@code config/vetlis-credentials.txt} in the domain; see {@link CredentialsFile}) and never into the log;
 * the launcher prints the file in demo mode only.
 */
@Stateless
public class InitialCredentials {

    private static final Logger LOG = Logger.getLogger(InitialCredentials.class.getName());
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource(lookup = "jdbc/vetlis")
    private DataSource dataSource;

    @Inject
    private UserRepository users;

    @Inject
    private AuditTrail audit;

    @Inject
    private PasswordHasher hasher;

    @Inject
    @ConfigProperty(name = "vetlis.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    @ConfigProperty(name = "vetlis.credentials.file")
    private Optional<String> credentialsFile;

    public void ensure() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<User> needing = new ArrayList<>();
        if (demo) {
            needing.addAll(users.withoutPassword());
        } else if (users.countActiveWithRole(Role.ADMIN) == 0) {
            User admin = users.find("admin").orElseGet(() -> {
                User created = new User("admin", "Administrator", EnumSet.of(Role.ADMIN), now);
                users.store(created);
                audit.append(AuditEvent.of("system", AuditAction.USER_CREATED, now).on("User", "admin")
                        .detail("first administrator of this installation").build());
                return created;
            });
            needing.add(admin);
        }
        CredentialsFile file = file();
        List<CredentialsFile.Entry> made = new ArrayList<>();
        for (User user : needing) {
            String password = newPassword();
            user.changePassword(hasher.hash(password.toCharArray()), now);
            audit.append(AuditEvent.of("system", AuditAction.PASSWORD_GENERATED, now).on("User", user.username())
                    .detail(demo ? "demo mode" : "initial administrator").build());
            made.add(new CredentialsFile.Entry(user.username(), password,
                    user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","))));
        }
        if (!made.isEmpty()) {
            file.add(made);
            LOG.warning(() -> "Generated passwords for " + made.stream().map(CredentialsFile.Entry::username).toList()
                    + "; they are in " + file.current() + " (readable by the server's user only). Change them after first sign-in.");
        }
        file.publish();
    }

    private CredentialsFile file() {
        Path current = credentialsFile.map(Paths::get).orElseGet(() ->
                Paths.get(System.getProperty("com.sun.aas.instanceRoot", "."), "config", "vetlis-credentials.txt"));
        return new CredentialsFile(current, databaseName());
    }

    /** e.g. {@code postgresql-1a2b3c4d}: the product and a digest of URL and user, so each database has its own store. */
    private String databaseName() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((meta.getURL() + "|" + meta.getUserName()).getBytes(StandardCharsets.UTF_8)));
            return meta.getDatabaseProductName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "-" + digest.substring(0, 8);
        } catch (SQLException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot identify the database: " + e.getMessage(), e);
        }
    }

    static String newPassword() {
        char[] password = new char[16];
        for (int i = 0; i < password.length; i++) {
            password[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(password);
    }
}
