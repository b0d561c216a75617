package org.vetlis.lab.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsFileTest {

    @TempDir
    Path config;

    @Test
    void newPasswordsReplaceOnlyTheirOwnUsersLines() throws IOException {
        CredentialsFile file = new CredentialsFile(config.resolve("vetlis-credentials.txt"), "h2-aaaa");
        file.add(List.of(new CredentialsFile.Entry("admin", "first", "ADMIN"), new CredentialsFile.Entry("tech", "t1", "TECHNICIAN")));
        file.add(List.of(new CredentialsFile.Entry("admin", "second", "ADMIN")));
        file.publish();

        assertThat(Files.readAllLines(file.current())).contains("admin\tsecond\tADMIN", "tech\tt1\tTECHNICIAN")
                .doesNotContain("admin\tfirst\tADMIN");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.current()))).isEqualTo("rw-------");
    }

    @Test
    void eachDatabaseKeepsItsOwnPasswordsAndTheFixedFileShowsTheCurrentOne() throws IOException {
        Path current = config.resolve("vetlis-credentials.txt");
        CredentialsFile h2 = new CredentialsFile(current, "h2-aaaa");
        CredentialsFile postgres = new CredentialsFile(current, "postgresql-bbbb");
        h2.add(List.of(new CredentialsFile.Entry("admin", "on-h2", "ADMIN")));
        postgres.add(List.of(new CredentialsFile.Entry("admin", "on-postgres", "ADMIN")));

        h2.publish();
        assertThat(Files.readString(current)).contains("on-h2").doesNotContain("on-postgres");
        postgres.publish();
        assertThat(Files.readString(current)).contains("on-postgres").doesNotContain("on-h2");
    }

    @Test
    void aDatabaseWithoutGeneratedPasswordsShowsNone() throws IOException {
        Path current = config.resolve("vetlis-credentials.txt");
        new CredentialsFile(current, "h2-aaaa").add(List.of(new CredentialsFile.Entry("admin", "x", "ADMIN")));
        new CredentialsFile(current, "h2-aaaa").publish();

        new CredentialsFile(current, "postgresql-cccc").publish();

        assertThat(current).doesNotExist();
    }
}
