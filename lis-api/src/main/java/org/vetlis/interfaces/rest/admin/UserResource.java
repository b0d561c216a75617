package org.vetlis.interfaces.rest.admin;

import static org.vetlis.interfaces.rest.Roles.ADMIN;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.vetlis.interfaces.rest.Callers;
import org.vetlis.interfaces.rest.Params;
import org.vetlis.interfaces.rest.Versions;
import org.vetlis.lab.application.UserDirectory;
import org.vetlis.lab.domain.security.Role;
import org.vetlis.lab.domain.security.User;
import org.vetlis.lab.domain.shared.InvalidInputException;
import org.vetlis.lab.domain.shared.NotFoundException;

/** The accounts that may sign in: administrators create, change, unlock them and reset passwords. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "jwt")
public class UserResource {

    /** An account as administrators see it; never a password or its hash. */
    public record UserView(String username, String displayName, String email, List<String> roles, boolean active,
                           OffsetDateTime lockedUntil, OffsetDateTime lastSignInAt, OffsetDateTime passwordChangedAt, long version) {

        static UserView of(User u) {
            return new UserView(u.username(), u.displayName(), u.email(), u.roles().stream().map(Role::name).sorted().toList(),
                    u.isActive(), u.lockedUntil(), u.lastSignInAt(), u.passwordChangedAt(), u.version());
        }
    }

    /** What an administrator sends; {@code password} only when creating (the first password, to be changed). */
    public record UserInput(String username, String displayName, String email, List<String> roles, Boolean active, String password) {
    }

    /** A new password set by an administrator. */
    public record PasswordReset(String password) {
    }

    @Inject
    private UserDirectory directory;

    @Inject
    private Callers callers;

    @Context
    private UriInfo uri;

    @GET
    @RolesAllowed(ADMIN)
    @Operation(summary = "All accounts", description = "By username, with roles, lockout and last sign-in")
    public List<UserView> all() {
        return directory.all().stream().map(UserView::of).toList();
    }

    @GET
    @Path("{username}")
    @RolesAllowed(ADMIN)
    @Operation(summary = "One account", description = "The ETag header carries the version to send back in If-Match")
    public Response get(@PathParam("username") String username) {
        User user = directory.find(username).orElseThrow(() -> new NotFoundException("user", username));
        return Response.ok(UserView.of(user)).tag(Versions.tag(user.version())).build();
    }

    @POST
    @RolesAllowed(ADMIN)
    @Operation(summary = "Create an account", description = "With roles and a first password that passes the password policy")
    public Response create(UserInput input) {
        if (input == null || input.password() == null) {
            throw InvalidInputException.of("password", "a first password is required");
        }
        User user = directory.create(account(input.username(), input), input.password().toCharArray(), callers.current());
        return Response.created(uri.getAbsolutePathBuilder().path(user.username()).build()).tag(Versions.tag(user.version()))
                .entity(UserView.of(user)).build();
    }

    @PUT
    @Path("{username}")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Change an account", description = "Name, e-mail, roles, active; needs If-Match. The last active"
            + " administrator cannot lose the role or be deactivated (409)")
    public Response update(@PathParam("username") String username, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, UserInput input) {
        if (input == null) {
            throw InvalidInputException.of("displayName", "send the account's displayName, email, roles and active");
        }
        User user = directory.update(account(username, input), Versions.required(ifMatch), callers.current());
        return Response.ok(UserView.of(user)).tag(Versions.tag(user.version())).build();
    }

    @POST
    @Path("{username}/password")
    @RolesAllowed(ADMIN)
    @Operation(summary = "Reset a password", description = "For a person who forgot theirs; it must pass the password policy")
    public UserView resetPassword(@PathParam("username") String username, PasswordReset reset) {
        if (reset == null || reset.password() == null) {
            throw InvalidInputException.of("password", "is required");
        }
        return UserView.of(directory.resetPassword(username, reset.password().toCharArray(), callers.current()));
    }

    @POST
    @Path("{username}/unlock")
    @RolesAllowed(ADMIN)
    @Operation(summary = "End a lockout", description = "Before its time, after repeated failed sign-ins")
    public UserView unlock(@PathParam("username") String username) {
        return UserView.of(directory.unlock(username, callers.current()));
    }

    private static UserDirectory.Account account(String username, UserInput input) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : input.roles() == null ? List.<String>of() : input.roles()) {
            roles.add(Params.choice(Role.class, "roles", role));
        }
        if (roles.isEmpty()) {
            throw InvalidInputException.of("roles", "at least one of " + List.of(Role.values()));
        }
        return new UserDirectory.Account(username, input.displayName(), Params.blankToNull(input.email()), roles,
                input.active() == null || input.active());
    }
}
