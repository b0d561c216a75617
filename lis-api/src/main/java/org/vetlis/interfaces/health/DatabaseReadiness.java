package org.vetlis.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.vetlis.lab.application.SystemInfoService;

/** Ready only when the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    private SystemInfoService system;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database").status(system.databaseReachable()).build();
    }
}
