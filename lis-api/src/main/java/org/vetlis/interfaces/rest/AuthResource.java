package org.vetlis.interfaces.rest;

import static org.vetlis.interfaces.rest.Roles.ADMIN;
import static org.vetlis.interfaces.rest.Roles.INTEGRATION;
import static org.vetlis.interfaces.rest.Roles.LAB_MANAGER;
import static org.vetlis.interfaces.rest.Roles.RECEPTION;
import static org.vetlis.interfaces.rest.Roles.TECHNICIAN;
import static org.vetlis.interfaces.rest.Roles.VERIFIER;
import static org.vetlis.interfaces.rest.Roles.VIEWER;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vetlis.lab.application.AuthenticationService;
import org.vetlis.lab.application.SignInResult;
import org.vetlis.lab.application.UserDirectory;
import org.vetlis.lab.domain.security.Role;
import org.vetlis.lab.domain.shared.InvalidInputException;

/** Exchanges a VetLIS username and password for a signed access token; lets a signed-in person change their password. */
@Path("auth")
@RequestScoped
public class AuthResource {

    /**
     * What a client sends to get a token. Checked by hand rather than with {@code @NotBlank}: with it,
     * Payara 6.2025.10 could not build the OpenAPI document (NullPointerException in its visitNotBlank).
     */
    public record Credentials(String username, String password) {

        boolean complete() {
            return username != null && !username.isBlank() && password != null && !password.isEmpty();
        }
    }

    /** A bearer token, in the field names OAuth 2 clients already know. */
    public record TokenResponse(String access_token, String token_type, int expires_in, String username, List<String> roles) {
    }

    /** A person's own password change. */
    public record PasswordChangeRequest(String currentPassword, String newPassword) {
    }

    @Inject
    private AuthenticationService authentication;

    @Inject
    private UserDirectory directory;

    @Inject
    private Callers callers;

    @Inject
    private TokenIssuer tokens;

    @Context
    private HttpServletRequest request;

    @POST
    @Path("token")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an access token", description = "Checks the credentials (failures are audited, and"
            + " repeated failures lock the account) and returns a signed JWT to send as 'Authorization: Bearer …'.")
    @APIResponse(responseCode = "200", description = "Token issued")
    @APIResponse(responseCode = "400", description = "Username or password missing")
    @APIResponse(responseCode = "401", description = "Unknown user, wrong password or locked account")
    public Response token(Credentials credentials) {
        if (credentials == null || !credentials.complete()) {
            return Problem.response(400, "Bad Request", "Send {\"username\": …, \"password\": …}, both non-empty.");
        }
        String origin = "api " + request.getRemoteAddr();
        SignInResult result = authentication.signIn(credentials.username(), credentials.password().toCharArray(), origin);
        if (!result.isAccepted()) {
            return Problem.response(401, "Unauthorized",
                    "Unknown username or wrong password, or the account is locked after repeated failures.");
        }
        List<String> roles = result.roles().stream().map(Role::name).sorted().toList();
        TokenIssuer.IssuedToken token = tokens.issue(result.username(), roles);
        authentication.recordTokenIssued(result.username(), token.id(), origin);
        return Response.ok(new TokenResponse(token.token(), "Bearer", tokens.lifetimeSeconds(), result.username(), roles))
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("password")
    @RolesAllowed({ADMIN, LAB_MANAGER, VERIFIER, TECHNICIAN, RECEPTION, INTEGRATION, VIEWER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "Change one's own password", description = "The current password is required; a wrong one counts"
            + " as a failed sign-in. The new one must pass the password policy (422 with the reasons).")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "409", description = "The account is locked after repeated failures")
    @APIResponse(responseCode = "422", description = "Wrong current password, or the new one breaks the policy")
    public Response changePassword(PasswordChangeRequest change) {
        if (change == null || change.currentPassword() == null || change.newPassword() == null) {
            throw InvalidInputException.of("newPassword", "send {\"currentPassword\": …, \"newPassword\": …}");
        }
        UserDirectory.PasswordChange outcome = directory.changeOwnPassword(callers.current(), change.currentPassword().toCharArray(),
                change.newPassword().toCharArray());
        return switch (outcome) {
            case CHANGED -> Response.noContent().build();
            case WRONG_CURRENT_PASSWORD -> throw InvalidInputException.of("currentPassword", "is not the current password");
            case ACCOUNT_LOCKED -> Problem.response(409, "Conflict", "The account is locked after repeated failures; try again later"
                    + " or ask an administrator to unlock it.");
        };
    }
}
