package org.vetlis.connector.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.transaction.xa.XAResource;

import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;

import org.junit.jupiter.api.Test;
import org.vetlis.connector.api.AnalyzerEnvelope;
import org.vetlis.connector.api.AnalyzerMessageListener;
import org.vetlis.connector.api.AnalyzerReply;
import org.vetlis.connector.api.Protocol;

/** The container's endpoint factory is played by a small fake: the delivery contract is what is tested. */
class EndpointDeliveryTest {

    private final List<AnalyzerEnvelope> received = new ArrayList<>();
    private int released;
    private int busyRefusals;
    private RuntimeException failure;

    @Test
    void deliversTheEnvelopeAndReleasesTheEndpoint() throws Exception {
        AnalyzerReply reply = new EndpointDelivery(this::factory, "demo", Protocol.ASTM).deliver(new byte[] {'H', '\r'}, "127.0.0.1:5000");

        assertThat(reply).as("nothing to send back").isNull();

        assertThat(received).singleElement().satisfies(envelope -> {
            assertThat(envelope.listener()).isEqualTo("demo");
            assertThat(envelope.peerAddress()).isEqualTo("127.0.0.1:5000");
            assertThat(envelope.payload()).containsExactly('H', '\r');
        });
        assertThat(released).isEqualTo(1);
    }

    @Test
    void whenEveryBeanIsBusyTheDeliveryWaitsForOneInsteadOfRefusing() throws Exception {
        busyRefusals = 3; // the container refuses at once when its pool is exhausted

        new EndpointDelivery(this::factory, "demo", Protocol.ASTM).deliver(new byte[] {'H', '\r'}, "peer");

        assertThat(received).hasSize(1);
        assertThat(busyRefusals).isZero();
    }

    @Test
    void aMessageArrivingBeforeTheBeanIsActivatedWaitsForIt() throws Exception {
        int[] asked = {0};
        MessageEndpointFactory bean = factory();

        new EndpointDelivery(() -> ++asked[0] < 4 ? null : bean, "demo", Protocol.ASTM).deliver(new byte[] {'H', '\r'}, "peer");

        assertThat(asked[0]).isEqualTo(4);
        assertThat(received).hasSize(1);
    }

    @Test
    void theBeansReplyComesBackToTheConnection() throws Exception {
        AnalyzerReply reply = new EndpointDelivery(this::factory, "demo", Protocol.ASTM).deliver(new byte[] {'Q', '\r'}, "peer");

        assertThat(new String(reply.records(), StandardCharsets.US_ASCII)).isEqualTo("H|\\^&\rL|1|I\r");
        assertThat(released).isEqualTo(1);
    }

    @Test
    void aFailingBeanPropagatesAndTheEndpointIsStillReleased() {
        failure = new IllegalStateException("rolled back");

        assertThatThrownBy(() -> new EndpointDelivery(this::factory, "demo", Protocol.ASTM).deliver(new byte[] {1}, "peer"))
                .isSameAs(failure);
        assertThat(released).isEqualTo(1);
    }

    private MessageEndpointFactory factory() {
        class Endpoint implements MessageEndpoint, AnalyzerMessageListener {
            @Override
            public AnalyzerReply onMessage(AnalyzerEnvelope envelope) {
                if (failure != null) {
                    throw failure;
                }
                received.add(envelope);
                return envelope.payload()[0] == 'Q' ? AnalyzerReply.of("H|\\^&\rL|1|I\r".getBytes(StandardCharsets.US_ASCII)) : null;
            }

            @Override
            public void beforeDelivery(Method method) {
            }

            @Override
            public void afterDelivery() {
            }

            @Override
            public void release() {
                released++;
            }
        }
        return new MessageEndpointFactory() {
            @Override
            public MessageEndpoint createEndpoint(XAResource xaResource) throws UnavailableException {
                if (busyRefusals > 0) {
                    busyRefusals--;
                    throw new UnavailableException("all beans busy");
                }
                return new Endpoint();
            }

            @Override
            public MessageEndpoint createEndpoint(XAResource xaResource, long timeout) throws UnavailableException {
                return createEndpoint(xaResource);
            }

            @Override
            public boolean isDeliveryTransacted(Method method) {
                return true;
            }

            @Override
            public String getActivationName() {
                return "test";
            }

            @Override
            public Class<?> getEndpointClass() {
                return Endpoint.class;
            }
        };
    }
}
