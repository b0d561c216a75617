package org.vetlis.connector.ra;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.Activation;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;

import org.vetlis.connector.api.AnalyzerMessageListener;

/**
 * How a message-driven bean asks for analyzer messages: by listener name. The port and limits of that
 * listener come from MicroProfile Config ({@code vetlis.connector.listener.<name>.*}), so each
 * installation sets its own ports without touching the application.
 */
@Activation(messageListeners = AnalyzerMessageListener.class)
public class AnalyzerActivationSpec implements ActivationSpec {

    private ResourceAdapter resourceAdapter;

    @ConfigProperty(description = "Name of the listener whose messages this endpoint receives; selects the"
            + " vetlis.connector.listener.<name>.* configuration keys")
    private String listenerName;

    public String getListenerName() {
        return listenerName;
    }

    public void setListenerName(String listenerName) {
        this.listenerName = listenerName;
    }

    @Override
    public void validate() throws InvalidPropertyException {
        if (listenerName == null || !listenerName.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new InvalidPropertyException("listenerName must be 1-63 lower-case letters, digits or '-', got: " + listenerName);
        }
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) throws ResourceException {
        this.resourceAdapter = resourceAdapter;
    }

    @Override
    public String toString() {
        return "AnalyzerActivationSpec[" + listenerName + "]";
    }
}
