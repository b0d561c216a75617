package org.vetlis.interfaces.health;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.vetlis.connector.api.ListenerStatus;
import org.vetlis.lab.application.SystemInfoService;

/**
 * Ready only when the listener of every enabled instrument listens (an analyzer that cannot connect is a lab that
 * stops); the data says each one's state, port and reason.
 */
@Readiness
@ApplicationScoped
public class ListenerReadiness implements HealthCheck {

    @Inject
    private SystemInfoService system;

    @Override
    public HealthCheckResponse call() {
        List<ListenerStatus> listeners = system.listeners();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("analyzer-listeners")
                .status(listeners.stream().allMatch(ListenerStatus::isListening));
        if (listeners.isEmpty()) {
            response.withData("detail", "no enabled instrument has a port");
        }
        for (ListenerStatus l : listeners) {
            String state = l.state() + " on port " + l.port() + (l.detail() != null ? ": " + l.detail() : "");
            response.withData(l.name(), state);
        }
        return response.build();
    }
}
