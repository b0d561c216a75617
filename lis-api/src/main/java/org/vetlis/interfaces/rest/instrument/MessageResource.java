package org.vetlis.interfaces.rest.instrument;

import static org.vetlis.interfaces.rest.Params.choice;
import static org.vetlis.interfaces.rest.Roles.ADMIN;
import static org.vetlis.interfaces.rest.Roles.LAB_MANAGER;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vetlis.connector.astm.link.AstmControl;
import org.vetlis.interfaces.rest.Callers;
import org.vetlis.interfaces.rest.Params;
import org.vetlis.lab.application.InstrumentAdministration;
import org.vetlis.lab.domain.messagelog.InboundMessage;
import org.vetlis.lab.domain.messagelog.MessageOutcome;
import org.vetlis.lab.domain.shared.Page;
import org.vetlis.lab.domain.shared.PageRequest;

/**
 * The message log (every analyzer message as it arrived, and what became of it) and the quarantine (the messages
 * with something that could not be matched), with reading a message again once what was missing is there.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class MessageResource {

    /** A stored message; {@code text} shows control characters by name. */
    public record MessageDto(long id, OffsetDateTime receivedAt, String listener, String instrument, String peer, String kind,
                             String outcome, String detail, String specimens, OffsetDateTime processedAt, int size, String text) {

        static MessageDto of(InboundMessage m) {
            byte[] payload = m.payload();
            return new MessageDto(m.id(), m.receivedAt(), m.listener(), m.instrumentCode(), m.peerAddress(),
                    m.kind() == null ? null : m.kind().name(), m.outcome() == null ? "UNREAD" : m.outcome().name(), m.outcomeDetail(),
                    m.specimenIds(), m.processedAt(), payload.length, AstmControl.visible(payload, 0, payload.length, 4000));
        }
    }

    /** One page of messages and the total. */
    public record MessagePage(List<MessageDto> items, int page, int size, long total) {

        static MessagePage of(Page<InboundMessage> page) {
            return new MessagePage(page.items().stream().map(MessageDto::of).toList(), page.page(), page.size(), page.total());
        }
    }

    @Inject
    private InstrumentAdministration administration;

    @Inject
    private Callers callers;

    @GET
    @Path("messages")
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "The message log", description = "By outcome (PROCESSED, QUARANTINED, DUPLICATE, CAPTURED) and"
            + " instrument, newest first; paged")
    public MessagePage messages(@QueryParam("outcome") String outcome, @QueryParam("instrument") String instrument,
                                @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return MessagePage.of(administration.messages(choice(MessageOutcome.class, "outcome", outcome), Params.blankToNull(instrument),
                new PageRequest(page, size, "id", true)));
    }

    @GET
    @Path("messages/{id}")
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "One message", description = "As it arrived, control characters shown by name")
    public MessageDto message(@PathParam("id") long id) {
        return MessageDto.of(administration.message(id));
    }

    @POST
    @Path("messages/{id}/replay")
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Read a message again", description = "Results received before are not taken twice")
    public MessageDto replay(@PathParam("id") long id) {
        return MessageDto.of(administration.reprocess(id, callers.current()));
    }

    @GET
    @Path("quarantine")
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "The quarantine", description = "Messages with results that could not be matched, and why; newest first")
    public MessagePage quarantine(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return MessagePage.of(administration.messages(MessageOutcome.QUARANTINED, null, new PageRequest(page, size, "id", true)));
    }

    @POST
    @Path("quarantine/{id}/match")
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Match a quarantined message again", description = "After the missing order or test-code mapping"
            + " was added: what can be attached now is; the message leaves the quarantine when everything was")
    public MessageDto match(@PathParam("id") long id) {
        return MessageDto.of(administration.reprocess(id, callers.current()));
    }
}
