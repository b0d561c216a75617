package org.vetlis.interfaces.rest;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Deny unless a role allows: a resource method with no {@code @RolesAllowed}, {@code @PermitAll} or
 * {@code @DenyAll} on it or its class answers 403, so a forgotten annotation closes a door instead of opening it.
 */
@Provider
public class SecuredByDefault implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (!declaresAccess(method) && !declaresAccess(resource.getResourceClass())) {
            context.register(refuse(method), Priorities.AUTHORIZATION);
        }
    }

    static boolean declaresAccess(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class)
                || element.isAnnotationPresent(PermitAll.class)
                || element.isAnnotationPresent(DenyAll.class);
    }

    private static ContainerRequestFilter refuse(Method method) {
        @Priority(Priorities.AUTHORIZATION)
        class Refuse implements ContainerRequestFilter {
            @Override
            public void filter(jakarta.ws.rs.container.ContainerRequestContext request) {
                request.abortWith(Problem.response(403, "Forbidden",
                        "This operation declares no role that may use it (" + method.getName() + ")."));
            }
        }
        return new Refuse();
    }
}
