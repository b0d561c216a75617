package org.vetlis.interfaces.rest.admin;

import static org.vetlis.interfaces.rest.Roles.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vetlis.interfaces.rest.Callers;
import org.vetlis.lab.application.DemoDataService;

/** Generated demo data (demo mode only): what {@code ./vetlis seed} calls. */
@Path("admin/demo-data")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class DemoDataResource {

    /** How much to generate; the same seed gives the same data. */
    public record Request(Integer owners, Integer patients, Integer orders, Long seed) {
    }

    @Inject
    private DemoDataService demoData;

    @Inject
    private Callers callers;

    @POST
    @RolesAllowed(ADMIN)
    @Operation(summary = "Generate demo owners, patients and orders", description = "Demo mode only; for benchmarks and"
            + " demonstrations. Defaults: 1000 owners, 10000 patients, no orders, seed 42")
    public Response generate(Request request) {
        Request r = request == null ? new Request(null, null, null, null) : request;
        return Response.ok(demoData.generate(r.owners() == null ? 1000 : r.owners(), r.patients() == null ? 10_000 : r.patients(),
                r.orders() == null ? 0 : r.orders(), r.seed() == null ? 42L : r.seed(), callers.current())).build();
    }
}
