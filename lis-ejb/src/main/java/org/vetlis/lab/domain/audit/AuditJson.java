package org.vetlis.lab.domain.audit;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/** The before/after states of audit events as JSON, the same way every time. */
public final class AuditJson {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    private AuditJson() {
    }

    /** JSON of {@code state}, or null when there is no state (before a creation, after a deletion). */
    public static String of(Object state) {
        return state == null ? null : JSON.toJson(state);
    }
}
