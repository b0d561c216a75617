package org.vetlis.lab.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetlis.it.Deployments;
import org.vetlis.lab.application.MigrationStatus;
import org.vetlis.lab.application.SystemInfoService;
import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditTrail;
import org.vetlis.lab.domain.security.Role;
import org.vetlis.lab.domain.security.User;
import org.vetlis.lab.domain.security.UserRepository;

/** Runs inside Payara, next to the application's beans, on the PostgreSQL database of the test domain. */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(PersistenceIT.class);
    }

    @Inject
    private SystemInfoService system;

    @Inject
    private UserRepository users;

    @Inject
    private AuditTrail audit;

    @Resource
    private UserTransaction transaction;

    @Test
    void migrationsAreAppliedOnPostgreSql() {
        MigrationStatus migrations = system.migrations();

        assertThat(migrations.state()).isEqualTo(MigrationStatus.State.CURRENT);
        assertThat(migrations.schemaVersion()).isEqualTo("2");
        assertThat(system.info().databaseProduct()).startsWith("PostgreSQL");
    }

    @Test
    void aUserSurvivesTheRoundTripWithRolesAndPasswordHash() throws Exception {
        String username = "it-" + UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

        transaction.begin();
        User user = new User(username, "Integration Test", EnumSet.of(Role.TECHNICIAN, Role.RECEPTION), now);
        user.changePassword("PBKDF2WithHmacSHA512:1000:c2FsdA==:aGFzaA==", now);
        users.store(user);
        transaction.commit();

        User found = users.find(username).orElseThrow();
        assertThat(found.id()).isNotNull();
        assertThat(found.roles()).containsExactlyInAnyOrder(Role.TECHNICIAN, Role.RECEPTION);
        assertThat(found.passwordHash()).isEqualTo("PBKDF2WithHmacSHA512:1000:c2FsdA==:aGFzaA==");
        assertThat(found.canSignIn(now)).isTrue();
    }

    @Test
    void auditEventsAreAppendedAndReadBack() throws Exception {
        String marker = UUID.randomUUID().toString();

        transaction.begin();
        audit.append(AuditEvent.of("it", AuditAction.USER_CREATED, OffsetDateTime.now(ZoneOffset.UTC))
                .on("User", "someone").change(null, "{\"username\":\"someone\"}").detail(marker).origin("test").build());
        transaction.commit();

        assertThat(audit.latest(AuditAction.USER_CREATED, 20)).anySatisfy(event -> {
            assertThat(event.detail()).isEqualTo(marker);
            assertThat(event.actor()).isEqualTo("it");
            assertThat(event.afterState()).contains("someone");
            assertThat(event.id()).isNotNull();
        });
    }
}
