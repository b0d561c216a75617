package org.vetlis.interfaces.rest.audit;

import static org.vetlis.interfaces.rest.Roles.ADMIN;
import static org.vetlis.interfaces.rest.Params.blankToNull;
import static org.vetlis.interfaces.rest.Params.time;
import static org.vetlis.interfaces.rest.Roles.LAB_MANAGER;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vetlis.lab.application.AuditLog;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditQuery;
import org.vetlis.lab.domain.audit.ChainVerification;
import org.vetlis.lab.domain.shared.Page;
import org.vetlis.lab.domain.shared.PageRequest;

/** The audit trail, for lab managers and administrators: search it, and check that nobody tampered with it. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
@RolesAllowed({ADMIN, LAB_MANAGER})
public class AuditResource {

    /** One audit event; {@code before} and {@code after} are the JSON states as recorded. */
    public record AuditEventDto(long seq, OffsetDateTime at, String actor, String action, String entityType, String entityId,
                                String before, String after, String detail, String origin, String hash) {

        static AuditEventDto of(AuditEvent e) {
            return new AuditEventDto(e.chainSeq(), e.occurredAt(), e.actor(), e.action(), e.entityType(), e.entityId(),
                    e.beforeState(), e.afterState(), e.detail(), e.origin(), e.eventHash());
        }
    }

    /** One page of audit events and the total matching. */
    public record AuditPageDto(List<AuditEventDto> items, int page, int size, long total) {
    }

    @Inject
    private AuditLog audit;

    @GET
    @Operation(summary = "Search the audit trail", description = "By entity (type and id), user and time (ISO 8601, from inclusive,"
            + " to exclusive); oldest first unless desc=true")
    public AuditPageDto search(@QueryParam("entity") String entity, @QueryParam("id") String id, @QueryParam("user") String user,
                               @QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size,
                               @QueryParam("desc") @DefaultValue("false") boolean descending) {
        Page<AuditEvent> found = audit.search(new AuditQuery(blankToNull(entity), blankToNull(id), blankToNull(user),
                time("from", from), time("to", to)),
                new PageRequest(page, size, "seq", descending));
        return new AuditPageDto(found.items().stream().map(AuditEventDto::of).toList(), found.page(), found.size(), found.total());
    }

    @GET
    @Path("verify")
    @Operation(summary = "Verify the audit chain", description = "Recomputes every event's hash and link; says where the chain breaks")
    public ChainVerification verify() {
        return audit.verifyChain();
    }
}
