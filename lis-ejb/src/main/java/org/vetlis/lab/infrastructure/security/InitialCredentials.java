package org.vetlis.lab.infrastructure.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

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
 * {@code config/vetlis-credentials.txt} in the domain) and never into the log; the launcher prints the
 * file in demo mode only.
 */
@Stateless
public class InitialCredentials {

    private static final Logger LOG = Logger.getLogger(InitialCredentials.class.getName());
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

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

    /** A password made here, to hand to a person once. */
    record Generated(String username, String password, String roles) {
    }

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
        if (needing.isEmpty()) {
            return;
        }
        List<Generated> made = new ArrayList<>();
        for (User user : needing) {
            String password = newPassword();
            user.changePassword(hasher.hash(password.toCharArray()), now);
            audit.append(AuditEvent.of("system", AuditAction.PASSWORD_GENERATED, now).on("User", user.username())
                    .detail(demo ? "demo mode" : "initial administrator").build());
            made.add(new Generated(user.username(), password,
                    user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","))));
        }
        Path file = file();
        write(file, made);
        LOG.warning(() -> "Generated passwords for " + made.stream().map(Generated::username).toList()
                + "; they are in " + file + " (readable by the server's user only). Change them after first sign-in.");
    }

    private Path file() {
        return credentialsFile.map(Paths::get).orElseGet(() ->
                Paths.get(System.getProperty("com.sun.aas.instanceRoot", "."), "config", "vetlis-credentials.txt"));
    }

    /** Adds or replaces the lines of these users; other users' lines stay. Written atomically, mode 600. */
    private static void write(Path file, List<Generated> made) {
        try {
            Map<String, String> lines = new LinkedHashMap<>();
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        lines.put(line.split("\t", 2)[0], line);
                    }
                }
            }
            made.forEach(g -> lines.put(g.username(), g.username() + "\t" + g.password() + "\t" + g.roles()));
            Path temp = Files.createTempFile(file.getParent(), "vetlis-credentials", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(temp, ("# username\tpassword\troles (generated for this installation; change after first sign-in)\n"
                    + String.join("\n", lines.values()) + "\n").getBytes(StandardCharsets.UTF_8));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write generated credentials to " + file + ": " + e.getMessage(), e);
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
