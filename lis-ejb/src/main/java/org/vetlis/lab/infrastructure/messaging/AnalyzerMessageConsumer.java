package org.vetlis.lab.infrastructure.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;

import org.vetlis.connector.api.AnalyzerEnvelope;
import org.vetlis.connector.api.AnalyzerMessageListener;
import org.vetlis.lab.application.MessageLogService;

/**
 * Receives every complete message of the {@code demo} listener from the analyzer connector and stores it
 * in the message log, in the transaction the container opens around this call. A failure rolls it back
 * and propagates, so the connector refuses the frame and the analyzer sends it again.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "listenerName", propertyValue = "demo"),
        // the RAR module inside this EAR: <application name>#<rar name>
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "vetlis#vetlis-connector")
})
public class AnalyzerMessageConsumer implements AnalyzerMessageListener {

    @EJB
    private MessageLogService messageLog;

    @Override
    public void onMessage(AnalyzerEnvelope envelope) {
        messageLog.record(envelope);
    }
}
