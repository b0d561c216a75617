package org.vetlis.interfaces.rest.order;

import static org.vetlis.interfaces.rest.Roles.ADMIN;
import static org.vetlis.interfaces.rest.Roles.LAB_MANAGER;
import static org.vetlis.interfaces.rest.Roles.TECHNICIAN;
import static org.vetlis.interfaces.rest.Roles.VERIFIER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vetlis.interfaces.rest.Callers;
import org.vetlis.lab.application.OrderDesk;
import org.vetlis.lab.domain.shared.InvalidInputException;

/** Test runs: a result entered at the bench, then verified by a person (four eyes by default). */
@Path("test-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class TestRunResource {

    /** A result as typed: a number (decimal point or comma) or a text, as the test's result type says. */
    public record ResultInput(String value) {
    }

    @Inject
    private OrderDesk desk;

    @Inject
    private Callers callers;

    @POST
    @Path("{id}/result")
    @RolesAllowed({ADMIN, LAB_MANAGER, TECHNICIAN, VERIFIER})
    @Operation(summary = "Enter a result", description = "For a received specimen; 409 once resulted (a change needs a rerun)")
    public OrderDto.TestRunDto result(@PathParam("id") long id, ResultInput input) {
        if (input == null || input.value() == null) {
            throw InvalidInputException.of("value", "is required");
        }
        return OrderDto.TestRunDto.of(desk.enterResult(id, input.value(), callers.current()));
    }

    @POST
    @Path("{id}/rerun")
    @RolesAllowed({ADMIN, LAB_MANAGER, TECHNICIAN, VERIFIER})
    @Operation(summary = "Rerun a test", description = "A new run on the same specimen becomes the reportable one; the old result stays")
    public OrderDto.TestRunDto rerun(@PathParam("id") long id) {
        return OrderDto.TestRunDto.of(desk.rerun(id, callers.current()));
    }

    @POST
    @Path("{id}/verify")
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER})
    @Operation(summary = "Verify a result", description = "409 without a result, or by the person who entered it (four eyes)")
    public OrderDto.TestRunDto verify(@PathParam("id") long id) {
        return OrderDto.TestRunDto.of(desk.verify(id, callers.current()));
    }
}
