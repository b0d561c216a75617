package org.vetlis.interfaces.rest.order;

import static org.vetlis.interfaces.rest.Params.choice;
import static org.vetlis.interfaces.rest.Params.time;
import static org.vetlis.interfaces.rest.Roles.ADMIN;
import static org.vetlis.interfaces.rest.Roles.INTEGRATION;
import static org.vetlis.interfaces.rest.Roles.LAB_MANAGER;
import static org.vetlis.interfaces.rest.Roles.RECEPTION;
import static org.vetlis.interfaces.rest.Roles.TECHNICIAN;
import static org.vetlis.interfaces.rest.Roles.VERIFIER;
import static org.vetlis.interfaces.rest.Roles.VIEWER;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vetlis.interfaces.rest.Callers;
import org.vetlis.interfaces.rest.Versions;
import org.vetlis.interfaces.rest.label.LabelDtos;
import org.vetlis.lab.application.Labels;
import org.vetlis.lab.application.OrderDesk;
import org.vetlis.lab.application.Reporting;
import org.vetlis.lab.domain.order.LabOrder;
import org.vetlis.lab.domain.order.OrderRequest;
import org.vetlis.lab.domain.order.OrderStatus;
import org.vetlis.lab.domain.order.Urgency;
import org.vetlis.lab.domain.report.IssuedReport;
import org.vetlis.lab.domain.shared.ConflictException;
import org.vetlis.lab.domain.shared.InvalidInputException;
import org.vetlis.lab.domain.shared.Page;
import org.vetlis.lab.domain.shared.PageRequest;

/** Orders: placed by reception and integrations (once per idempotency key or order number), read by every role. */
@Path("orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class OrderResource {

    @Inject
    private OrderDesk desk;

    @Inject
    private Callers callers;

    @Inject
    private Reporting reporting;

    @Inject
    private Labels labels;

    @Context
    private UriInfo uri;

    @POST
    @RolesAllowed({ADMIN, LAB_MANAGER, RECEPTION, INTEGRATION})
    @Operation(summary = "Place an order", description = "201 with the order, its specimens and barcodes and its test runs."
            + " With the same Idempotency-Key or placerOrderId from the same caller, 200 with the first order instead."
            + " With ?workstation=CODE of a workstation that prints on order save, its labels are queued for that workstation's"
            + " printer (the header Labels-Queued says how many)")
    public Response place(@HeaderParam("Idempotency-Key") String idempotencyKey, @QueryParam("workstation") String workstation,
                          OrderDto.Input input) {
        if (input == null || input.patientId() == null) {
            throw InvalidInputException.of("patientId", "is required");
        }
        if (workstation != null && labels.workstations().stream().noneMatch(w -> w.code().equalsIgnoreCase(workstation.strip()))) {
            throw InvalidInputException.of("workstation", "no workstation " + workstation);
        }
        OrderDto.RequestedBy by = input.requestedBy() == null ? new OrderDto.RequestedBy(null, null) : input.requestedBy();
        Urgency urgency = choice(Urgency.class, "urgency", input.urgency());
        OrderRequest request = new OrderRequest(by.clinic(), by.veterinarian(), urgency == null ? Urgency.ROUTINE : urgency, input.comment(),
                input.placerOrderId(), idempotencyKey);
        List<String> tests = input.tests() == null ? List.of() : input.tests();
        OrderDesk.Placement placement;
        try {
            placement = desk.place(input.patientId(), tests, request, callers.current());
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            // the same key or order number came twice at once: the other request's order is committed now, and
            // placing again finds it and answers with it (a transaction that lost the race cannot be reused)
            placement = desk.place(input.patientId(), tests, request, callers.current());
        }
        LabOrder order = placement.order();
        Response.ResponseBuilder response = placement.replayed()
                ? Response.ok().header("Idempotent-Replayed", "true")
                : Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(order.id())).build());
        if (workstation != null && !placement.replayed()) {
            try {
                response.header("Labels-Queued", labels.printOnOrderSave(order.id(), workstation, callers.current()).size());
            } catch (InvalidInputException | ConflictException e) {
                // the order stands; its labels can be printed once the printer is set right
                response.header("Labels-Queued", 0).header("Labels-Refused", e.getMessage());
            }
        }
        return response.tag(Versions.tag(order.version())).entity(OrderDto.of(order)).build();
    }

    @GET
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, RECEPTION, INTEGRATION, VIEWER})
    @Operation(summary = "Find orders", description = "By status, patient and creation time (ISO 8601; from inclusive, to"
            + " exclusive), newest first; paged")
    public PageView find(@QueryParam("status") String status, @QueryParam("patientId") Long patientId,
                         @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        Page<LabOrder> found = desk.findOrders(choice(OrderStatus.class, "status", status), patientId, time("from", from), time("to", to),
                new PageRequest(page, size, "created", true));
        return new PageView(found.items().stream().map(OrderDto::of).toList(), found.page(), found.size(), found.total());
    }

    /** Whether a database unique constraint refused the write (SQLSTATE 23505, in PostgreSQL and H2 alike). */
    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** One page of orders and the total matching. */
    public record PageView(List<OrderDto> items, int page, int size, long total) {
    }

    /** Why an order is cancelled. */
    public record Cancellation(String reason) {
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({ADMIN, LAB_MANAGER, RECEPTION, INTEGRATION})
    @Operation(summary = "Cancel an order", description = "With a reason; runs without a verified result are cancelled too")
    public OrderDto cancel(@PathParam("id") long id, Cancellation cancellation) {
        return OrderDto.of(desk.cancel(id, cancellation == null ? null : cancellation.reason(), callers.current()));
    }

    /** A remark to add. */
    public record Remark(String text) {
    }

    @POST
    @Path("{id}/comments")
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, RECEPTION, INTEGRATION})
    @Operation(summary = "Add a comment to an order")
    public OrderDto comment(@PathParam("id") long id, Remark remark) {
        return OrderDto.of(desk.comment(id, remark == null ? null : remark.text(), callers.current()));
    }


    @GET
    @Path("{id}")
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, RECEPTION, INTEGRATION, VIEWER})
    @Operation(summary = "One order", description = "With its specimens and test runs")
    public Response get(@PathParam("id") long id) {
        LabOrder order = desk.order(id);
        return Response.ok(OrderDto.of(order)).tag(Versions.tag(order.version())).build();
    }

    /** One issue of an order's report as it went out. */
    public record ReportIssueDto(int issue, String kind, OffsetDateTime issuedAt, String issuedBy) {

        static ReportIssueDto of(IssuedReport r) {
            return new ReportIssueDto(r.issueNumber(), r.kind().name(), r.issuedAt(), r.issuedBy());
        }
    }

    @POST
    @Path("{id}/release")
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER})
    @Operation(summary = "Release the report", description = "Once every result is verified: the order becomes REPORTED and the final PDF"
            + " is kept as it went out; 409 before")
    public ReportIssueDto release(@PathParam("id") long id) {
        return ReportIssueDto.of(reporting.release(id, callers.current()));
    }

    @GET
    @Path("{id}/report.pdf")
    @Produces("application/pdf")
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, RECEPTION, INTEGRATION, VIEWER})
    @Operation(summary = "The order's report (PDF)", description = "The latest issue as it went out once released (final, or amended);"
            + " before release one drawn now and marked preliminary")
    public Response report(@PathParam("id") long id) {
        return Response.ok(reporting.orderReport(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"order-" + id + ".pdf\"").build();
    }

    @GET
    @Path("{id}/reports")
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, RECEPTION, INTEGRATION, VIEWER})
    @Operation(summary = "The issues of the order's report", description = "Final, then one per amendment, first first")
    public List<ReportIssueDto> reports(@PathParam("id") long id) {
        return reporting.issues(id).stream().map(ReportIssueDto::of).toList();
    }

    @POST
    @Path("{id}/labels")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, LAB_MANAGER, TECHNICIAN, RECEPTION})
    @Operation(summary = "Print the order's labels", description = "A ZPL label per tube (not rejected), or for one accession, queued for"
            + " the printer named or the workstation's printer; delivered within seconds, or when the printer answers again. Audited")
    public List<LabelDtos.PrintJobDto> printLabels(@PathParam("id") long id, LabelDtos.PrintRequest request) {
        LabelDtos.PrintRequest in = request == null ? new LabelDtos.PrintRequest(null, null, null) : request;
        return labels.print(id, in.accession(), in.printer(), in.workstation(), callers.current()).stream()
                .map(LabelDtos.PrintJobDto::of).toList();
    }

    @GET
    @Path("{id}/labels.pdf")
    @Produces("application/pdf")
    @RolesAllowed({ADMIN, LAB_MANAGER, TECHNICIAN, RECEPTION})
    @Operation(summary = "The order's labels as a PDF", description = "For a lab without a ZPL printer: a page per tube (or only"
            + " ?accession=), the size of the workstation's printer's labels (?workstation=), else 50 × 25 mm; print at 100 %")
    public Response labelsPdf(@PathParam("id") long id, @QueryParam("accession") String accession, @QueryParam("workstation") String workstation) {
        return Response.ok(labels.labelsPdf(id, accession, workstation), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"order-" + id + "-labels.pdf\"").build();
    }

    @GET
    @Path("{id}/labels")
    @RolesAllowed({ADMIN, LAB_MANAGER, TECHNICIAN, RECEPTION})
    @Operation(summary = "The order's print jobs", description = "QUEUED (with the last error once a try failed), SENT or FAILED")
    public List<LabelDtos.PrintJobDto> labelJobs(@PathParam("id") long id) {
        desk.order(id);
        return labels.jobs(id).stream().map(LabelDtos.PrintJobDto::of).toList();
    }
}
