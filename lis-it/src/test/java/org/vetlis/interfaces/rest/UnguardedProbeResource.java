package org.vetlis.interfaces.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * A resource that declares no role rule, added to the API module only in {@link RoleMatrixIT}'s deployment:
 * deny by default must refuse it even to an administrator.
 */
@Path("unguarded-probe")
public class UnguardedProbeResource {

    @GET
    public String open() {
        return "this must never be served";
    }
}
