package org.vetlis.connector.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ByteTraceTest {

    @TempDir
    Path directory;

    @Test
    void bytesGoToTodaysFileReadablyAndDaysBeyondTheRetentionAreDeleted() throws IOException {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Path old = Files.createDirectories(directory.resolve(today.minusDays(3).toString()));
        Files.writeString(old.resolve("trace.log"), "old");
        Path kept = Files.createDirectories(directory.resolve(today.minusDays(1).toString()));
        Path notADay = Files.createDirectories(directory.resolve("notes"));
        ByteTrace trace = new ByteTrace(directory, 2);

        trace.received("10.0.0.7:5000", new byte[] {0x05}, 0, 1);
        trace.sent("10.0.0.7:5000", new byte[] {0x06});
        trace.close();

        String written = Files.readString(directory.resolve(today.toString()).resolve("trace.log"));
        assertThat(written).contains("10.0.0.7:5000 <- <ENQ>", "10.0.0.7:5000 -> <ACK>");
        assertThat(old).as("older than two days").doesNotExist();
        assertThat(kept).exists();
        assertThat(notADay).exists();
    }

    @Test
    void withoutAFolderNothingIsWritten() {
        ByteTrace none = new ByteTrace(null, 30);

        none.received("peer", new byte[] {0x05}, 0, 1);
        none.close();

        assertThat(directory).isEmptyDirectory();
    }
}
