package org.vetlis.interfaces.rest;

import java.lang.reflect.Method;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Enforces the security annotations of every resource method, and denies unless a role allows:
 * {@code @PermitAll} lets anyone in; {@code @RolesAllowed} needs a valid bearer token (401 without one)
 * carrying one of the roles (403 otherwise); {@code @DenyAll}, and a method with no annotation on it or its
 * class, answer 403, so a forgotten annotation closes a door instead of opening it. A method's annotation
 * overrides its class's. Answers are {@code application/problem+json}.
 */
@Provider
public class SecuredByDefault implements DynamicFeature {

    /** Who may call one resource method. */
    record AccessRule(boolean anyone, List<String> roles) {
        static final AccessRule NOBODY = new AccessRule(false, List.of());
        static final AccessRule ANYONE = new AccessRule(true, List.of());
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        AccessRule rule = ruleFor(resource.getResourceMethod(), resource.getResourceClass());
        if (!rule.anyone()) {
            context.register(new Guard(rule, resource.getResourceMethod().getName()), Priorities.AUTHORIZATION);
        }
    }

    static AccessRule ruleFor(Method method, Class<?> resourceClass) {
        AccessRule onMethod = declared(method.getAnnotation(DenyAll.class), method.getAnnotation(PermitAll.class),
                method.getAnnotation(RolesAllowed.class));
        if (onMethod != null) {
            return onMethod;
        }
        AccessRule onClass = declared(resourceClass.getAnnotation(DenyAll.class), resourceClass.getAnnotation(PermitAll.class),
                resourceClass.getAnnotation(RolesAllowed.class));
        return onClass != null ? onClass : AccessRule.NOBODY;
    }

    private static AccessRule declared(DenyAll deny, PermitAll permit, RolesAllowed roles) {
        if (deny != null) {
            return AccessRule.NOBODY;
        }
        if (permit != null) {
            return AccessRule.ANYONE;
        }
        return roles != null ? new AccessRule(false, List.of(roles.value())) : null;
    }

    @Priority(Priorities.AUTHORIZATION)
    private static final class Guard implements ContainerRequestFilter {
        private final AccessRule rule;
        private final String operation;

        Guard(AccessRule rule, String operation) {
            this.rule = rule;
            this.operation = operation;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (rule.roles().isEmpty()) {
                request.abortWith(Problem.response(403, "Forbidden", "Operation " + operation + " is not open to anyone."));
                return;
            }
            SecurityContext security = request.getSecurityContext();
            if (security == null || security.getUserPrincipal() == null) {
                request.abortWith(Response.fromResponse(Problem.response(401, "Unauthorized",
                        "Send a valid token: 'Authorization: Bearer <token>' from POST /lis/api/v1/auth/token."))
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
                return;
            }
            if (rule.roles().stream().noneMatch(security::isUserInRole)) {
                request.abortWith(Problem.response(403, "Forbidden", "Operation " + operation + " needs one of the roles " + rule.roles() + "."));
            }
        }
    }
}
