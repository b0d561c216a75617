package org.vetlis.interfaces.health;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.vetlis.connector.api.ConnectorStatus;
import org.vetlis.connector.api.ListenerStatus;

/** Ready only when every analyzer listener listens; the data says each one's state, port and reason. */
@Readiness
@ApplicationScoped
public class ListenerReadiness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        List<ListenerStatus> listeners = ConnectorStatus.listeners();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("analyzer-listeners")
                .status(!listeners.isEmpty() && listeners.stream().allMatch(ListenerStatus::isListening));
        if (listeners.isEmpty()) {
            response.withData("detail", "no analyzer listener is active");
        }
        for (ListenerStatus l : listeners) {
            String state = l.state() + (l.port() > 0 ? " on port " + l.port() : "") + (l.detail() != null ? ": " + l.detail() : "");
            response.withData(l.name(), state);
        }
        return response.build();
    }
}
