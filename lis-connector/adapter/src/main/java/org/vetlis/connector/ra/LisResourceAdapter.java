package org.vetlis.connector.ra;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import javax.transaction.xa.XAResource;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.WorkManager;

import org.eclipse.microprofile.config.ConfigProvider;
import org.vetlis.connector.api.ConnectorStatus;
import org.vetlis.connector.api.Protocol;
import org.vetlis.connector.net.AnalyzerListener;
import org.vetlis.connector.net.ListenerRuntime;
import org.vetlis.connector.net.ListenerSettings;

/**
 * The analyzer connector: every analyzer port is owned here, as a listener started when a message-driven
 * bean activates it and closed when the bean goes away (undeploy, redeploy, server stop). Threads come from
 * the server's WorkManager; complete messages go to the bean, one delivery per message.
 */
@Connector(
        displayName = "VetLIS analyzer connector",
        description = "Owns the TCP ports analyzers connect to (ASTM E1381/E1394) and delivers whole messages to message-driven beans",
        vendorName = "VetLIS",
        eisType = "Laboratory analyzers",
        version = "0.1",
        transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction)
public class LisResourceAdapter implements ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(LisResourceAdapter.class.getName());

    private final Map<ActivationSpec, Active> active = new ConcurrentHashMap<>();
    private WorkManager workManager;

    /** A running listener, kept under the activation that started it. */
    private record Active(String name, AnalyzerListener listener) {
    }

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        workManager = context.getWorkManager();
        LOG.info("VetLIS analyzer connector started");
    }

    @Override
    public void stop() {
        active.keySet().forEach(this::deactivate);
        LOG.info("VetLIS analyzer connector stopped");
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) throws ResourceException {
        AnalyzerActivationSpec analyzerSpec = (AnalyzerActivationSpec) spec;
        analyzerSpec.validate();
        String name = analyzerSpec.getListenerName();
        ListenerRuntime runtime = new ListenerRuntime(ListenerSettings.resolve(name, LisResourceAdapter::configValue));
        ConnectorStatus.publish(name, runtime::status);
        if (!runtime.settings().configured()) {
            runtime.notConfigured();
            LOG.warning(() -> "Listener " + name + " has no port configured (" + ListenerSettings.PREFIX + name + ".port); it does not listen");
            return;
        }
        AnalyzerListener listener = new AnalyzerListener(runtime, new EndpointDelivery(factory, name, Protocol.ASTM),
                new WorkManagerExecutor(workManager));
        try {
            listener.bind();
        } catch (IOException e) {
            // The application stays up without this port; health reports the listener down with the reason.
            LOG.severe("Listener " + name + " cannot start: " + e.getMessage());
            return;
        }
        active.put(spec, new Active(name, listener));
        new WorkManagerExecutor(workManager).execute(listener);
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        deactivate(spec);
        if (spec instanceof AnalyzerActivationSpec analyzerSpec) {
            ConnectorStatus.withdraw(analyzerSpec.getListenerName());
        }
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    private void deactivate(ActivationSpec spec) {
        Active removed = active.remove(spec);
        if (removed != null) {
            removed.listener().close();
            LOG.info(() -> "Listener " + removed.name() + " closed");
        }
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
