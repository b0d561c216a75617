package org.vetlis.interfaces.rest;

import java.util.List;

import jakarta.annotation.security.PermitAll;
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
import org.vetlis.lab.application.AuthenticationService;
import org.vetlis.lab.application.SignInResult;
import org.vetlis.lab.domain.security.Role;

/** Exchanges a VetLIS username and password for a signed access token. */
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

    @Inject
    private AuthenticationService authentication;

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
}
