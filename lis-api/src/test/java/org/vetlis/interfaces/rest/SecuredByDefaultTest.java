package org.vetlis.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.junit.jupiter.api.Test;

class SecuredByDefaultTest {

    static class Unannotated {
        public void open() {
        }
    }

    @RolesAllowed("ADMIN")
    static class Guarded {
        public void inherited() {
        }
    }

    static class PerMethod {
        @PermitAll
        public void open() {
        }
    }

    @Test
    void onlyExplicitSecurityAnnotationsCount() throws NoSuchMethodException {
        assertThat(SecuredByDefault.declaresAccess(Unannotated.class)).isFalse();
        assertThat(SecuredByDefault.declaresAccess(Unannotated.class.getMethod("open"))).isFalse();
        assertThat(SecuredByDefault.declaresAccess(Guarded.class)).isTrue();
        assertThat(SecuredByDefault.declaresAccess(PerMethod.class.getMethod("open"))).isTrue();
    }

    @Test
    void everyResourceMethodOfTheApiDeclaresWhoMayCallIt() {
        for (Class<?> resource : new Class<?>[] {AuthResource.class, SystemResource.class}) {
            for (var method : resource.getDeclaredMethods()) {
                if (method.isAnnotationPresent(jakarta.ws.rs.GET.class) || method.isAnnotationPresent(jakarta.ws.rs.POST.class)) {
                    assertThat(SecuredByDefault.declaresAccess(method) || SecuredByDefault.declaresAccess(resource))
                            .as(resource.getSimpleName() + "." + method.getName()).isTrue();
                }
            }
        }
    }
}
