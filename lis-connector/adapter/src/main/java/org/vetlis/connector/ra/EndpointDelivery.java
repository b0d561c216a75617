package org.vetlis.connector.ra;

import java.time.Instant;
import java.util.function.Supplier;

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

    private final Supplier<MessageEndpointFactory> factory;
    private final String listener;
    private final Protocol protocol;

    /** @param factory the bean's endpoint factory now; null while no bean is activated */
    EndpointDelivery(Supplier<MessageEndpointFactory> factory, String listener, Protocol protocol) {
        this.factory = factory;
        this.listener = listener;
        this.protocol = protocol;
    }

    @Override
    public AnalyzerReply deliver(byte[] payload, String peerAddress) throws Exception {
        AnalyzerEnvelope envelope = new AnalyzerEnvelope(listener, protocol, peerAddress, Instant.now(), payload);
        MessageEndpoint endpoint = freeEndpoint();
        try {
            return ((AnalyzerMessageListener) endpoint).onMessage(envelope);
        } finally {
            endpoint.release();
        }
    }

    /**
     * A bean to deliver to, waiting when all are busy (more analyzers sending at once than the MDB pool holds)
     * rather than refusing at once: a refusal makes the analyzer send again, and after six it gives up. The
     * container refuses without waiting even when asked to wait, so the waiting is done here. The same wait covers
     * the moments of a deployment when the listeners are up and the bean not yet.
     */
    private MessageEndpoint freeEndpoint() throws UnavailableException, InterruptedException {
        long deadline = System.nanoTime() + ENDPOINT_WAIT_MILLIS * 1_000_000;
        long pause = 2;
        while (true) {
            try {
                MessageEndpointFactory current = factory.get();
                if (current == null) {
                    throw new UnavailableException("no message-driven bean receives analyzer messages now");
                }
                return current.createEndpoint(null);
            } catch (UnavailableException busy) {
                if (System.nanoTime() > deadline) {
                    throw busy;
                }
                Thread.sleep(pause);
                pause = Math.min(10, pause * 2);
            }
        }
    }
}
