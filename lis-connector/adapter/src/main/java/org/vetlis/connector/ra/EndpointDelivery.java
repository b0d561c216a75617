package org.vetlis.connector.ra;

import java.time.Instant;

import jakarta.resource.spi.UnavailableException;
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

    /** Well inside the analyzer's 15 s wait for the answer to its frame. */
    static final long ENDPOINT_WAIT_MILLIS = 10_000;

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
        MessageEndpoint endpoint = freeEndpoint();
        try {
            AnalyzerReply reply = ((AnalyzerMessageListener) endpoint).onMessage(envelope);
            return reply == null ? null : reply.records();
        } finally {
            endpoint.release();
        }
    }

    /**
     * A bean to deliver to, waiting when all are busy (more analyzers sending at once than the MDB pool holds)
     * rather than refusing at once: a refusal makes the analyzer send again, and after six it gives up. The
     * container refuses without waiting even when asked to wait, so the waiting is done here.
     */
    private MessageEndpoint freeEndpoint() throws UnavailableException, InterruptedException {
        long deadline = System.nanoTime() + ENDPOINT_WAIT_MILLIS * 1_000_000;
        long pause = 2;
        while (true) {
            try {
                return factory.createEndpoint(null);
            } catch (UnavailableException busy) {
                if (System.nanoTime() > deadline) {
                    throw busy;
                }
                Thread.sleep(pause);
                pause = Math.min(100, pause * 2);
            }
        }
    }
}
