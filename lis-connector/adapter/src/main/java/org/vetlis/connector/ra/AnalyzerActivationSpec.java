package org.vetlis.connector.ra;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.Activation;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.ResourceAdapter;

import org.vetlis.connector.api.AnalyzerMessageListener;

/**
 * How a message-driven bean asks for analyzer messages. It receives every listener's messages (the envelope
 * names the listener), so there is nothing to set; the ports come from the application's instruments.
 */
@Activation(messageListeners = AnalyzerMessageListener.class)
public class AnalyzerActivationSpec implements ActivationSpec {

    private ResourceAdapter resourceAdapter;

    @Override
    public void validate() {
        // nothing to check: every listener's messages go to the one bean
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
        return "AnalyzerActivationSpec";
    }
}
