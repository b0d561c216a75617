package org.vetlis.lab.infrastructure.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vetlis.lab.domain.media.ImageFormat;
import org.vetlis.lab.domain.media.MediaStore;

/**
 * The media directory: {@code vetlis.media.dir}, by default {@code media} in {@code vetlis.data.dir} (itself by
 * default {@code vetlis-data} in the domain). Each file gets a random name, fanned out over 256 folders by its first
 * two characters; it is written to a temporary file and moved into place, so a reader never sees half a file. A file
 * written in a transaction that then rolls back is deleted again: the directory holds no image without its record.
 */
@ApplicationScoped
public class MediaDirectory implements MediaStore {

    private static final Logger LOG = Logger.getLogger(MediaDirectory.class.getName());
    private static final Pattern NAME = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{32}\\.(jpg|png)");

    @Inject
    @ConfigProperty(name = "vetlis.media.dir")
    private Optional<String> mediaDir;

    @Inject
    @ConfigProperty(name = "vetlis.data.dir")
    private Optional<String> dataDir;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Override
    public String put(byte[] content, ImageFormat format) {
        String hex = UUID.randomUUID().toString().replace("-", "");
        String name = hex.substring(0, 2) + "/" + hex + (format == ImageFormat.PNG ? ".png" : ".jpg");
        Path target = resolve(name);
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), "upload-", ".part");
            try {
                Files.write(partial, content);
                moveIntoPlace(partial, target);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the media directory " + root() + " cannot be written", e);
        }
        discardUnlessCommitted(name);
        return name;
    }

    @Override
    public byte[] read(String name) {
        try {
            return Files.readAllBytes(resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("the image " + name + " cannot be read from " + root(), e);
        }
    }

    @Override
    public void discard(String name) {
        try {
            Files.deleteIfExists(resolve(name));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete {0} from the media directory: {1}", new Object[] {name, e.getMessage()});
        }
    }

    /** Where the media directory is. */
    public Path root() {
        return mediaDir.filter(d -> !d.isBlank()).map(Paths::get)
                .or(() -> dataDir.filter(d -> !d.isBlank()).map(d -> Paths.get(d, "media")))
                .orElseGet(() -> Paths.get(System.getProperty("com.sun.aas.instanceRoot", "."), "vetlis-data", "media"));
    }

    private Path resolve(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a media name: " + name);
        }
        return root().resolve(name);
    }

    private void discardUnlessCommitted(String name) {
        if (transactions.getTransactionKey() == null) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // the file is already in place
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    discard(name);
                }
            }
        });
    }

    private static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target);
        }
    }
}
