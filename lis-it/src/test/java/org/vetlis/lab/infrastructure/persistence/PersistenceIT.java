package org.vetlis.lab.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetlis.it.Deployments;
import org.vetlis.lab.application.AuditLog;
import org.vetlis.lab.application.MigrationStatus;
import org.vetlis.lab.application.SystemInfoService;
import org.vetlis.lab.application.UserDirectory;
import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.security.Role;
import org.vetlis.lab.domain.security.User;

/** Runs inside Payara, next to the application's services, on the PostgreSQL database of the test domain. */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(PersistenceIT.class);
    }

    @Inject
    private SystemInfoService system;

    @Inject
    private UserDirectory directory;

    @Inject
    private AuditLog audit;

    @Test
    void migrationsAreAppliedOnPostgreSql() {
        MigrationStatus migrations = system.migrations();

        assertThat(migrations.state()).isEqualTo(MigrationStatus.State.CURRENT);
        assertThat(migrations.schemaVersion()).isNotBlank();
        assertThat(system.info().databaseProduct()).startsWith("PostgreSQL");
    }

    @Test
    void aRegisteredUserComesBackWithItsRolesAndTheRegistrationIsAudited() {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);

        directory.register(username, "Integration Test", EnumSet.of(Role.TECHNICIAN, Role.RECEPTION), "it-runner");

        User found = directory.find(username).orElseThrow();
        assertThat(found.id()).isNotNull();
        assertThat(found.displayName()).isEqualTo("Integration Test");
        assertThat(found.roles()).containsExactlyInAnyOrder(Role.TECHNICIAN, Role.RECEPTION);
        assertThat(found.passwordHash()).as("no password until one is set").isNull();
        assertThat(audit.latest(AuditAction.USER_CREATED, 50)).anySatisfy(event -> {
            assertThat(event.entityId()).isEqualTo(username);
            assertThat(event.actor()).isEqualTo("it-runner");
            assertThat(event.afterState()).contains(username);
        });
    }

    @Test
    void aTakenUsernameIsRefused() {
        assertThatThrownBy(() -> directory.register("admin", "Second Admin", EnumSet.of(Role.ADMIN), "it-runner"))
                .hasMessageContaining("taken");
    }
}
