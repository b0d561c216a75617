package org.vetlis.interfaces.rest.order;

import static org.vetlis.interfaces.rest.Params.time;
import static org.vetlis.interfaces.rest.Roles.ADMIN;
import static org.vetlis.interfaces.rest.Roles.INTEGRATION;
import static org.vetlis.interfaces.rest.Roles.LAB_MANAGER;
import static org.vetlis.interfaces.rest.Roles.RECEPTION;
import static org.vetlis.interfaces.rest.Roles.TECHNICIAN;
import static org.vetlis.interfaces.rest.Roles.VERIFIER;
import static org.vetlis.interfaces.rest.Roles.VIEWER;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vetlis.interfaces.rest.Callers;
import org.vetlis.lab.application.OrderDesk;
import org.vetlis.lab.domain.order.Specimen;
import org.vetlis.lab.domain.order.SpecimenEvent;
import org.vetlis.lab.domain.shared.InvalidInputException;

/** Specimens by their barcode: what the bench scans to record collection, receive or reject a tube. */
@Path("specimens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class SpecimenResource {

    /** A specimen with the order it belongs to and its history. */
    public record SpecimenView(String accession, String specimenType, String container, String status, String rejectReason,
                               OffsetDateTime collectedAt, String collectedBy, OffsetDateTime receivedAt, String receivedBy,
                               Long orderId, String orderStatus, Long patientId, String patientName, List<String> tests,
                               List<Step> history) {

        static SpecimenView of(Specimen s) {
            return new SpecimenView(s.accession().value(), s.type().code(), s.type().container(), s.status().name(),
                    s.rejectReason(), s.collectedAt(), s.collectedBy(), s.receivedAt(),
                    s.receivedBy(), s.order().id(), s.order().status().name(), s.order().patient().id(), s.order().patient().name(),
                    s.order().runs().stream().filter(r -> r.specimen().equals(s)).map(r -> r.test().code()).toList(),
                    s.history().stream().map(Step::of).toList());
        }
    }

    /** One step of a specimen's history: LABELLED, COLLECTED, RECEIVED or REJECTED (with its reason). */
    public record Step(String event, OffsetDateTime at, String by, String reason) {

        static Step of(SpecimenEvent e) {
            return new Step(e.kind().name(), e.at(), e.actor(), e.reason());
        }
    }

    /** When the specimen was taken from the animal (ISO 8601; now when left out). */
    public record Collection(String collectedAt) {
    }

    /** Why a specimen is rejected: one of the coded reasons. */
    public record Rejection(String reason) {
    }

    @Inject
    private OrderDesk desk;

    @Inject
    private Callers callers;

    @GET
    @Path("{barcode}")
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, RECEPTION, INTEGRATION, VIEWER})
    @Operation(summary = "A specimen by barcode", description = "A barcode with a wrong check digit is refused (422)")
    public SpecimenView get(@PathParam("barcode") String barcode) {
        return SpecimenView.of(desk.specimen(barcode));
    }

    @POST
    @Path("{barcode}/collect")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, LAB_MANAGER, TECHNICIAN, RECEPTION, INTEGRATION})
    @Operation(summary = "Record the collection of a specimen", description = "When (default now; not in the future) and by"
            + " whom it was taken, before it reaches the lab; 409 when already recorded or already received")
    public SpecimenView collect(@PathParam("barcode") String barcode, Collection collection) {
        return SpecimenView.of(desk.collect(barcode, time("collectedAt", collection == null ? null : collection.collectedAt()),
                callers.current()));
    }

    @POST
    @Path("{barcode}/receive")
    @RolesAllowed({ADMIN, LAB_MANAGER, TECHNICIAN, RECEPTION})
    @Operation(summary = "Receive a specimen at the lab", description = "409 when it is already received or was rejected")
    public SpecimenView receive(@PathParam("barcode") String barcode) {
        return SpecimenView.of(desk.receive(barcode, callers.current()));
    }

    @POST
    @Path("{barcode}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, LAB_MANAGER, TECHNICIAN, RECEPTION})
    @Operation(summary = "Reject a specimen", description = "With the code of one of the lab's active rejection reasons "
            + "(GET /rejection-reasons), e.g. HAEMOLYSED, CLOTTED, INSUFFICIENT_VOLUME; 422 names the valid ones")
    public SpecimenView reject(@PathParam("barcode") String barcode, Rejection rejection) {
        if (rejection == null || rejection.reason() == null || rejection.reason().isBlank()) {
            throw InvalidInputException.of("reason", "is required");
        }
        return SpecimenView.of(desk.reject(barcode, rejection.reason(), callers.current()));
    }
}
