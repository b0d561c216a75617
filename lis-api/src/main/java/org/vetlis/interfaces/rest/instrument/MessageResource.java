package org.vetlis.interfaces.rest.instrument;

import static org.vetlis.interfaces.rest.Params.choice;
import static org.vetlis.interfaces.rest.Roles.ADMIN;
import static org.vetlis.interfaces.rest.Roles.LAB_MANAGER;

import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vetlis.connector.astm.link.AstmControl;
import org.vetlis.interfaces.rest.Callers;
import org.vetlis.interfaces.rest.Params;
import org.vetlis.lab.application.InstrumentAdministration;
import org.vetlis.lab.domain.instrument.Instrument;
import org.vetlis.lab.domain.messagelog.InboundMessage;
import org.vetlis.lab.domain.messagelog.MessageOutcome;
import org.vetlis.lab.domain.shared.InvalidInputException;
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

    /**
     * A stored message. {@code text} is what its instrument's export allowlist keeps (no patient or owner by default),
     * control characters shown by name; the original is {@code GET /messages/{id}/original}, for ADMIN only.
     *
     * @param controlId the sender's identifier of the message (HL7 MSH-10), if it has one
     * @param size      bytes as received
     */
    public record MessageDto(long id, OffsetDateTime receivedAt, String listener, String instrument, String peer, String kind,
                             String outcome, String detail, String specimens, OffsetDateTime processedAt, String controlId, int size,
                             String text) {

        static MessageDto of(InboundMessage m, byte[] scrubbed) {
            return new MessageDto(m.id(), m.receivedAt(), m.listener(), m.instrumentCode(), m.peerAddress(),
                    m.kind() == null ? null : m.kind().name(), m.outcome() == null ? "UNREAD" : m.outcome().name(), m.outcomeDetail(),
                    m.specimenIds(), m.processedAt(), m.controlId(), m.payloadSize(), AstmControl.visible(scrubbed, 0, scrubbed.length, 4000));
        }
    }

    /** One page of messages and the total. */
    public record MessagePage(List<MessageDto> items, int page, int size, long total) {
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
        return page(administration.messages(choice(MessageOutcome.class, "outcome", outcome), Params.blankToNull(instrument),
                new PageRequest(page, size, "id", true)));
    }

    @GET
    @Path("messages/{id}")
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "One message", description = "As it arrived, control characters shown by name")
    public MessageDto message(@PathParam("id") long id) {
        return dto(administration.message(id));
    }

    @GET
    @Path("messages/{id}/original")
    @RolesAllowed(ADMIN)
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @Operation(summary = "A message's original", description = "Exactly the bytes received, patient data and all; the reading is audited")
    public Response original(@PathParam("id") long id) {
        InboundMessage message = administration.original(id, callers.current());
        return Response.ok(message.payload(), MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header("Content-Disposition", "attachment; filename=\"message-" + id + extension(message.protocol()) + "\"").build();
    }

    @GET
    @Path("messages/export")
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Produces({MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON})
    @Operation(summary = "Export an instrument's messages", description = "Oldest first, each scrubbed by the instrument's export"
            + " allowlist (no patient or owner by default) and otherwise as received, one after another, for a vendor's support;"
            + " audited")
    public Response export(@QueryParam("instrument") String instrument, @QueryParam("outcome") String outcome,
                           @QueryParam("max") @DefaultValue("200") int max) {
        String code = Params.blankToNull(instrument);
        if (code == null) {
            throw InvalidInputException.of("instrument", "name the instrument whose messages to export");
        }
        Instrument found = administration.instrument(code);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        for (byte[] message : administration.export(choice(MessageOutcome.class, "outcome", outcome), found.code(), max, callers.current())) {
            file.writeBytes(message);
            file.write('\n'); // a blank line between messages; every segment or record itself ends in CR
        }
        return Response.ok(file.toByteArray(), MediaType.APPLICATION_OCTET_STREAM_TYPE).header("Content-Disposition",
                "attachment; filename=\"" + found.code() + "-messages" + extension(found.settings().protocol()) + "\"").build();
    }

    @POST
    @Path("messages/{id}/replay")
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Read a message again", description = "Results received before are not taken twice")
    public MessageDto replay(@PathParam("id") long id) {
        return dto(administration.reprocess(id, callers.current()));
    }

    @GET
    @Path("quarantine")
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "The quarantine", description = "Messages with results that could not be matched, and why; newest first")
    public MessagePage quarantine(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return page(administration.messages(MessageOutcome.QUARANTINED, null, new PageRequest(page, size, "id", true)));
    }

    @POST
    @Path("quarantine/{id}/match")
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Match a quarantined message again", description = "After the missing order or test-code mapping"
            + " was added: what can be attached now is; the message leaves the quarantine when everything was")
    public MessageDto match(@PathParam("id") long id) {
        return dto(administration.reprocess(id, callers.current()));
    }

    private MessageDto dto(InboundMessage message) {
        return MessageDto.of(message, administration.scrubbed(List.of(message)).get(0));
    }

    private MessagePage page(Page<InboundMessage> page) {
        List<byte[]> texts = administration.scrubbed(page.items());
        List<MessageDto> items = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            items.add(MessageDto.of(page.items().get(i), texts.get(i)));
        }
        return new MessagePage(items, page.page(), page.size(), page.total());
    }

    private static String extension(String protocol) {
        return "HL7".equalsIgnoreCase(protocol) ? ".hl7" : ".astm";
    }
}
