package org.vetlis.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import org.junit.jupiter.api.Test;
import org.vetlis.interfaces.rest.admin.DemoDataResource;
import org.vetlis.interfaces.rest.audit.AuditResource;
import org.vetlis.interfaces.rest.catalogue.PanelResource;
import org.vetlis.interfaces.rest.catalogue.TestResource;
import org.vetlis.interfaces.rest.order.OrderResource;
import org.vetlis.interfaces.rest.order.SpecimenResource;
import org.vetlis.interfaces.rest.order.TestRunResource;
import org.vetlis.interfaces.rest.patient.OwnerResource;
import org.vetlis.interfaces.rest.patient.PatientResource;
import org.vetlis.interfaces.rest.patient.SpeciesResource;
import org.vetlis.interfaces.rest.SecuredByDefault.AccessRule;

class SecuredByDefaultTest {

    static class Unannotated {
        public void open() {
        }
    }

    @RolesAllowed("ADMIN")
    static class Guarded {
        public void inherited() {
        }

        @PermitAll
        public void opened() {
        }

        @DenyAll
        public void closed() {
        }
    }

    @Test
    void aMethodWithoutAnnotationIsOpenToNobody() throws NoSuchMethodException {
        assertThat(rule(Unannotated.class, "open")).isEqualTo(AccessRule.NOBODY);
    }

    @Test
    void theClassRolesApplyUnlessTheMethodSaysOtherwise() throws NoSuchMethodException {
        assertThat(rule(Guarded.class, "inherited").roles()).containsExactly("ADMIN");
        assertThat(rule(Guarded.class, "opened")).isEqualTo(AccessRule.ANYONE);
        assertThat(rule(Guarded.class, "closed")).isEqualTo(AccessRule.NOBODY);
    }

    @Test
    void everyResourceMethodOfTheApiIsOpenToSomeone() {
        for (Class<?> resource : new Class<?>[] {AuthResource.class, SystemResource.class, OwnerResource.class,
                PatientResource.class, SpeciesResource.class, TestResource.class, PanelResource.class, AuditResource.class, DemoDataResource.class, OrderResource.class, SpecimenResource.class, TestRunResource.class}) {
            for (Method method : resource.getDeclaredMethods()) {
                if (method.isAnnotationPresent(GET.class) || method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)) {
                    AccessRule rule = SecuredByDefault.ruleFor(method, resource);
                    assertThat(rule.anyone() || !rule.roles().isEmpty()).as(resource.getSimpleName() + "." + method.getName()).isTrue();
                }
            }
        }
    }

    private static AccessRule rule(Class<?> type, String method) throws NoSuchMethodException {
        return SecuredByDefault.ruleFor(type.getMethod(method), type);
    }
}
