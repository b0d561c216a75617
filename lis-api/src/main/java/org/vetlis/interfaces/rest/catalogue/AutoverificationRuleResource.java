package org.vetlis.interfaces.rest.catalogue;

import static org.vetlis.interfaces.rest.Roles.ADMIN;
import static org.vetlis.interfaces.rest.Roles.LAB_MANAGER;
import static org.vetlis.interfaces.rest.Roles.VERIFIER;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vetlis.interfaces.rest.Callers;
import org.vetlis.interfaces.rest.Params;
import org.vetlis.interfaces.rest.Versions;
import org.vetlis.lab.application.AutoverificationSettings;
import org.vetlis.lab.domain.interpretation.AutoverificationRule;
import org.vetlis.lab.domain.shared.InvalidInputException;

/** The lab's autoverification rules: none until a lab manager writes one, and each one off until enabled. */
@Path("autoverification-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class AutoverificationRuleResource {

    /** A rule; {@code verifier} is how the results it verifies name their verifier. */
    public record RuleDto(String test, boolean enabled, long version, String verifier, String changedBy, OffsetDateTime changedAt) {

        static RuleDto of(AutoverificationRule r) {
            return new RuleDto(r.testCode(), r.isEnabled(), r.version(), r.verifier(), r.changedBy(), r.changedAt());
        }
    }

    /** What a lab manager sends. */
    public record RuleInput(Boolean enabled) {
    }

    @Inject
    private AutoverificationSettings settings;

    @Inject
    private Callers callers;

    @GET
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER})
    @Operation(summary = "Autoverification rules", description = "What a rule requires of a result is fixed (analyzer result, flag N"
            + " against the animal's range, nothing holding it, no analyzer flag or comment); a rule says whether it applies to its test")
    public List<RuleDto> rules() {
        return settings.rules().stream().map(RuleDto::of).toList();
    }

    @PUT
    @Path("{test}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ADMIN, LAB_MANAGER})
    @Operation(summary = "Write or switch a test's rule", description = "enabled true or false (required). Changing an existing rule needs"
            + " If-Match with the version read; every change is audited and raises the version the results it verifies record")
    public Response set(@PathParam("test") String test, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RuleInput input) {
        RuleInput in = Params.required(input);
        if (in.enabled() == null) {
            throw InvalidInputException.of("enabled", "is required");
        }
        Long expected = ifMatch == null || ifMatch.isBlank() ? null : Versions.required(ifMatch);
        AutoverificationRule rule = settings.set(test, in.enabled(), expected, callers.current());
        return Response.ok(RuleDto.of(rule)).tag(Versions.tag(rule.version())).build();
    }
}
