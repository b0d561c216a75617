package org.vetlis.lab.infrastructure.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where generated passwords are handed over: one store per database ({@code vetlis-credentials.d/<database>.txt})
 * so switching a domain between databases never loses the passwords of the other, and a copy of the current
 * database's store at a fixed name ({@code vetlis-credentials.txt}) for people and the launcher to read.
 * Lines are {@code username TAB password TAB roles}; files are readable by their owner only and replaced atomically.
 */
final class CredentialsFile {

    private static final String HEADER = "# username\tpassword\troles (generated for this installation; change after first sign-in)";

    /** One user's generated password. */
    record Entry(String username, String password, String roles) {
    }

    private final Path current;
    private final Path store;

    /**
     * @param current  the fixed-name file people read
     * @param database a short name of the database the passwords belong to (file-name safe)
     */
    CredentialsFile(Path current, String database) {
        this.current = current;
        this.store = current.resolveSibling("vetlis-credentials.d").resolve(database + ".txt");
    }

    Path current() {
        return current;
    }

    /** Adds or replaces these users' lines in the database's store; other users' lines stay. */
    void add(List<Entry> entries) {
        Map<String, String> lines = new LinkedHashMap<>();
        for (String line : read(store)) {
            lines.put(line.split("\t", 2)[0], line);
        }
        entries.forEach(e -> lines.put(e.username(), e.username() + "\t" + e.password() + "\t" + e.roles()));
        write(store, HEADER + "\n" + String.join("\n", lines.values()) + "\n");
    }

    /** Makes the fixed-name file show this database's passwords, or removes it when there are none. */
    void publish() {
        try {
            if (Files.exists(store)) {
                write(current, Files.readString(store, StandardCharsets.UTF_8));
            } else {
                Files.deleteIfExists(current);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + store + " as " + current, e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.exists(file)
                    ? Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList()
                    : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".vetlis-credentials", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
