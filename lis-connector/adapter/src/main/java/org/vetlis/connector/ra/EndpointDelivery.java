package org.vetlis.connector.ra;

import java.time.Instant;

import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;

import org.vetlis.connector.api.AnalyzerEnvelope;
import org.vetlis.connector.api.AnalyzerMessageListener;
import org.vetlis.connector.api.AnalyzerReply;
import org.vetlis.connector.api.Protocol;
import org.vetlis.connector.net.MessageSink;

/**
 * One delivery to the message-driven bean: take an endpoint, call it, release it. The bean's
 * container-managed transaction wraps the call, so when it returns the message is committed; when it
 * throws, the exception reaches the connection, which refuses the frame so the analyzer sends it again.
 */
final class EndpointDelivery implements MessageSink {

    private final MessageEndpointFactory factory;
    private final String listener;
    private final Protocol protocol;

    EndpointDelivery(MessageEndpointFactory factory, String listener, Protocol protocol) {
        this.factory = factory;
        this.listener = listener;
        this.protocol = protocol;
    }

    @Override
    public byte[] deliver(byte[] payload, String peerAddress) throws Exception {
        AnalyzerEnvelope envelope = new AnalyzerEnvelope(listener, protocol, peerAddress, Instant.now(), payload);
        MessageEndpoint endpoint = factory.createEndpoint(null);
        try {
            AnalyzerReply reply = ((AnalyzerMessageListener) endpoint).onMessage(envelope);
            return reply == null ? null : reply.records();
        } finally {
            endpoint.release();
        }
    }
}
