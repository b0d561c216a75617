package org.vetlis.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.vetlis.lab.application.MigrationStatus;
import org.vetlis.lab.application.SystemInfoService;

/** Ready only when every schema migration is applied. */
@Readiness
@ApplicationScoped
public class MigrationReadiness implements HealthCheck {

    @Inject
    private SystemInfoService system;

    @Override
    public HealthCheckResponse call() {
        MigrationStatus status = system.migrations();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("migrations")
                .status(status.isCurrent())
                .withData("state", status.state().name());
        if (status.schemaVersion() != null) {
            response.withData("schemaVersion", status.schemaVersion());
        }
        if (status.detail() != null) {
            response.withData("detail", status.detail());
        }
        return response.build();
    }
}
