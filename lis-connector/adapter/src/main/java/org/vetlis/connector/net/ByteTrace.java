package org.vetlis.connector.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.vetlis.connector.astm.link.AstmControl;

/**
 * Every byte a listener's analyzers send and receive, readable (control characters by name), one line per read or
 * write, in {@code <directory>/<yyyy-MM-dd>/trace.log} (UTC days): what a lab and a vendor look at first when an
 * analyzer and VetLIS disagree. Shared by the listener's connections; writing is serialised. A trace that cannot
 * be written is reported once and never disturbs the connection. Days older than the retention are deleted when a
 * new day's file is started.
 */
final class ByteTrace {

    private static final Logger LOG = Logger.getLogger(ByteTrace.class.getName());
    private static final int MAX_SHOWN = 64 * 1024;

    private final Path directory;
    private final int keepDays;
    private LocalDate day;
    private FileChannel file;
    private boolean failed;

    /**
     * @param directory the listener's trace folder, or null for no trace
     * @param keepDays  how many days of traces to keep, today included
     */
    ByteTrace(Path directory, int keepDays) {
        this.directory = directory;
        this.keepDays = keepDays;
    }

    /** Bytes from the analyzer. */
    void received(String peer, byte[] bytes, int offset, int length) {
        write(peer, "<-", bytes, offset, length);
    }

    /** Bytes to the analyzer. */
    void sent(String peer, byte[] bytes) {
        write(peer, "->", bytes, 0, bytes.length);
    }

    private synchronized void write(String peer, String direction, byte[] bytes, int offset, int length) {
        if (directory == null || failed || length == 0) {
            return;
        }
        Instant now = Instant.now();
        String line = now + " " + peer + " " + direction + " " + AstmControl.visible(bytes, offset, length, MAX_SHOWN) + "\n";
        try {
            LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
            if (!today.equals(day)) {
                close();
                Path folder = Files.createDirectories(directory.resolve(today.toString()));
                deleteDaysBefore(today.minusDays(keepDays - 1L));
                file = FileChannel.open(folder.resolve("trace.log"), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND);
                day = today;
            }
            file.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            failed = true;
            LOG.log(Level.WARNING, "The byte trace in " + directory + " cannot be written; the listener goes on without it", e);
        }
    }

    /** Removes the day folders (named {@code yyyy-MM-dd}) before {@code first}; other files are left alone. */
    void deleteDaysBefore(LocalDate first) throws IOException {
        try (DirectoryStream<Path> days = Files.newDirectoryStream(directory, "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]")) {
            for (Path old : days) {
                if (LocalDate.parse(old.getFileName().toString()).isBefore(first)) {
                    try (DirectoryStream<Path> files = Files.newDirectoryStream(old)) {
                        for (Path f : files) {
                            Files.deleteIfExists(f);
                        }
                    }
                    Files.deleteIfExists(old);
                }
            }
        } catch (DateTimeParseException e) {
            LOG.fine(() -> "a folder that looks like a day but is not one: " + e.getParsedString());
        }
    }

    synchronized void close() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "closing the trace", e);
            }
            file = null;
        }
        day = null;
    }
}
