package org.vetlis.lab.infrastructure.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditJson;

/**
 * A second, plain-text copy of the audit trail: one JSON line per committed event in
 * {@code <vetlis.data.dir>/audit/YYYY-MM-DD.log} (UTC days), for archiving and for reading without the database.
 * A failure to write is logged, never allowed to undo the change, which is already committed with its audit row.
 */
@ApplicationScoped
public class DailyAuditFile {

    private static final Logger LOG = Logger.getLogger(DailyAuditFile.class.getName());

    @Inject
    @ConfigProperty(name = "vetlis.data.dir")
    private Optional<String> dataDir;

    public synchronized void write(AuditEvent e) {
        Path file = directory().resolve(e.occurredAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDate() + ".log");
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("seq", e.chainSeq());
        line.put("at", e.occurredAt().toInstant().toString());
        line.put("actor", e.actor());
        line.put("action", e.action());
        line.put("entityType", e.entityType());
        line.put("entityId", e.entityId());
        line.put("before", e.beforeState());
        line.put("after", e.afterState());
        line.put("detail", e.detail());
        line.put("origin", e.origin());
        line.put("hash", e.eventHash());
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, AuditJson.of(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException ex) {
            LOG.log(Level.SEVERE, "Audit event " + e.chainSeq() + " could not be written to " + file
                    + " (it is in the database): " + ex.getMessage(), ex);
        }
    }

    /** {@code vetlis.data.dir}/audit, by default {@code vetlis-data/audit} in the domain. */
    Path directory() {
        return dataDir.map(Paths::get)
                .orElseGet(() -> Paths.get(System.getProperty("com.sun.aas.instanceRoot", "."), "vetlis-data"))
                .resolve("audit");
    }
}
