package org.vetlis.interfaces.rest.order;

import static org.vetlis.interfaces.rest.Params.choice;
import static org.vetlis.interfaces.rest.Roles.ADMIN;
import static org.vetlis.interfaces.rest.Roles.INTEGRATION;
import static org.vetlis.interfaces.rest.Roles.LAB_MANAGER;
import static org.vetlis.interfaces.rest.Roles.TECHNICIAN;
import static org.vetlis.interfaces.rest.Roles.VERIFIER;
import static org.vetlis.interfaces.rest.Roles.VIEWER;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.vetlis.interfaces.rest.Callers;
import org.vetlis.interfaces.rest.PageDto;
import org.vetlis.lab.application.OrderDesk;
import org.vetlis.lab.domain.order.TestRun;
import org.vetlis.lab.domain.order.TestRunStatus;
import org.vetlis.lab.domain.order.Urgency;
import org.vetlis.lab.domain.order.WorklistQuery;
import org.vetlis.lab.domain.shared.PageRequest;
import org.vetlis.lab.domain.shared.InvalidInputException;

/** Test runs: the worklists, a result entered at the bench, then verified by a person (four eyes by default). */
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

    /** One line of a worklist: the run, its tube, and the order and animal it is for. */
    public record WorklistItem(Long id, String test, String testName, String status, String value, String unit, String flag,
                               String analyzerFlags,
                               String accession, long orderId, String urgency, OffsetDateTime orderedAt, long patientId,
                               String patientName, String species) {

        static WorklistItem of(TestRun r) {
            return new WorklistItem(r.id(), r.test().code(), r.test().name(), r.status().name(), r.value(), r.unit(),
                    r.flag() == null ? null : r.flag().name(), r.analyzer() == null ? null : r.analyzer().flags(),
                    r.specimen().accession().value(), r.specimen().order().id(), r.specimen().order().urgency().name(), r.specimen().order().createdAt(),
                    r.specimen().order().patient().id(), r.specimen().order().patient().name(),
                    r.specimen().order().patient().species().code());
        }
    }

    @GET
    @RolesAllowed({ADMIN, LAB_MANAGER, TECHNICIAN, VERIFIER, INTEGRATION, VIEWER})
    @Operation(summary = "A worklist", description = "Reportable test runs by status (PENDING, SENT, RESULTED, VERIFIED, CANCELLED),"
            + " tests (test=GLU&test=CREA) and urgency; STAT first, then the oldest order, unless sort is ordered, test or status;"
            + " paged (size up to 200). The bench's worklist page asks the same")
    public PageDto<WorklistItem> worklist(@QueryParam("status") String status, @QueryParam("test") List<String> tests,
                                          @QueryParam("urgency") String urgency,
                                          @QueryParam("sort") @DefaultValue("urgency") String sort,
                                          @QueryParam("desc") @DefaultValue("false") boolean descending,
                                          @QueryParam("page") @DefaultValue("0") int page,
                                          @QueryParam("size") @DefaultValue("50") int size) {
        if (!WorklistQuery.SORTS.contains(sort)) {
            throw InvalidInputException.of("sort", "must be one of " + WorklistQuery.SORTS);
        }
        Set<String> codes = tests == null || tests.isEmpty() ? null
                : tests.stream().map(t -> t.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        WorklistQuery query = new WorklistQuery(choice(TestRunStatus.class, "status", status), codes, choice(Urgency.class, "urgency", urgency));
        return PageDto.of(desk.worklist(query, new PageRequest(page, size, sort, descending)).map(WorklistItem::of));
    }

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

    /** A corrected value for a verified result, and why (both required). */
    public record Amendment(String value, String reason) {
    }

    @POST
    @Path("{id}/amend")
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER})
    @Operation(summary = "Amend a verified result",
            description = "A new version of the result, entered and verified by the caller, for a reason; the earlier version is kept."
                    + " A released report is issued again, marked amended, and the event feed says so. 409 unless verified.")
    public OrderDto.TestRunDto amend(@PathParam("id") long id, Amendment amendment) {
        if (amendment == null || amendment.value() == null) {
            throw InvalidInputException.of("value", "is required");
        }
        return OrderDto.TestRunDto.of(desk.amend(id, amendment.value(), amendment.reason(), callers.current()));
    }
}
