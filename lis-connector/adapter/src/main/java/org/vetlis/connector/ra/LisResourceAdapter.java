package org.vetlis.connector.ra;

import java.util.Optional;
import java.util.logging.Logger;

import javax.transaction.xa.XAResource;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The analyzer connector: owns every analyzer port. Which ports listen is the application's decision, made at
 * run time from its instrument table through the outbound {@link ControlManagedConnectionFactory listener control};
 * complete messages go to the one message-driven bean activated on this adapter, one delivery per message. Threads
 * come from the server's WorkManager. Listeners close when the bean goes away (undeploy, redeploy, server stop).
 */
@Connector(
        displayName = "VetLIS analyzer connector",
        description = "Owns the TCP ports analyzers connect to (ASTM E1381/E1394) and delivers whole messages to a message-driven bean",
        vendorName = "VetLIS",
        eisType = "Laboratory analyzers",
        version = "0.2",
        transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction)
public class LisResourceAdapter implements ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(LisResourceAdapter.class.getName());

    private volatile Listeners listeners;
    private volatile MessageEndpointFactory endpoint;

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        WorkManagerExecutor executor = new WorkManagerExecutor(context.getWorkManager());
        listeners = new Listeners(executor, spec -> new EndpointDelivery(() -> endpoint, spec.name(), spec.protocol()),
                LisResourceAdapter::configValue);
        LOG.info("VetLIS analyzer connector started");
    }

    @Override
    public void stop() {
        listeners.closeAll();
        LOG.info("VetLIS analyzer connector stopped");
    }

    Listeners listeners() {
        return listeners;
    }

    /** The bean that receives every listener's messages; there is one. */
    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) throws ResourceException {
        ((AnalyzerActivationSpec) spec).validate();
        synchronized (this) {
            if (endpoint != null) {
                throw new NotSupportedException("one message-driven bean receives every analyzer message; "
                        + factory.getEndpointClass() + " is a second one");
            }
            endpoint = factory;
        }
        LOG.info(() -> "Analyzer messages go to " + factory.getEndpointClass().getName());
    }

    /** Without its bean no message can be stored, so no analyzer may be told otherwise: every listener closes. */
    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        synchronized (this) {
            if (endpoint != factory) {
                return;
            }
            endpoint = null;
        }
        listeners.closeAll();
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    /** MicroProfile Config first (server, domain, application sources), then plain system properties. */
    private static Optional<String> configValue(String key) {
        try {
            Optional<String> value = ConfigProvider.getConfig(LisResourceAdapter.class.getClassLoader()).getOptionalValue(key, String.class);
            if (value.isPresent()) {
                return value;
            }
        } catch (RuntimeException | LinkageError noConfigHere) {
            LOG.fine(() -> "MicroProfile Config unavailable for " + key + ": " + noConfigHere);
        }
        return Optional.ofNullable(System.getProperty(key));
    }
}
