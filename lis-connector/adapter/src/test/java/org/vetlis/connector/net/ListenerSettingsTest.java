package org.vetlis.connector.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ListenerSettingsTest {

    @Test
    void readsPortAndLimitsFromConfigurationKeys() {
        Map<String, String> config = Map.of(
                "vetlis.connector.listener.demo.port", "20100",
                "vetlis.connector.listener.demo.bind-address", "127.0.0.1",
                "vetlis.connector.listener.demo.max-connections", "3",
                "vetlis.connector.listener.demo.receive-timeout-seconds", "20",
                "vetlis.connector.listener.demo.profile", "tolerant");

        ListenerSettings settings = ListenerSettings.resolve("demo", key -> Optional.ofNullable(config.get(key)));

        assertThat(settings.port()).isEqualTo(20100);
        assertThat(settings.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(settings.maxConnections()).isEqualTo(3);
        assertThat(settings.receiveTimeoutMillis()).isEqualTo(20_000);
        assertThat(settings.configured()).isTrue();
        assertThat(settings.tolerantFraming()).isTrue();
    }

    @Test
    void withoutAPortTheListenerIsNotConfigured() {
        ListenerSettings settings = ListenerSettings.resolve("demo", key -> Optional.empty());

        assertThat(settings.configured()).isFalse();
        assertThat(settings.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(settings.receiveTimeoutMillis()).isEqualTo(30_000);
        assertThat(settings.tolerantFraming()).as("strict by default").isFalse();
    }

    @Test
    void aPortThatIsNotANumberIsRejectedWithItsKey() {
        assertThatThrownBy(() -> ListenerSettings.resolve("demo",
                key -> key.endsWith(".port") ? Optional.of("twenty") : Optional.empty()))
                .hasMessageContaining("vetlis.connector.listener.demo.port");
        assertThatThrownBy(() -> ListenerSettings.resolve("demo",
                key -> key.endsWith(".profile") ? Optional.of("chatty") : Optional.empty()))
                .hasMessageContaining("vetlis.connector.listener.demo.profile");
    }

    @Test
    void bytesAreTracedUnderTheDataFolderUnlessSwitchedOff() {
        Map<String, String> config = Map.of("vetlis.data.dir", "/var/lib/vetlis");

        assertThat(ListenerSettings.resolve("demo", key -> Optional.ofNullable(config.get(key))).traceDirectory())
                .isEqualTo("/var/lib/vetlis/instruments/demo");
        assertThat(ListenerSettings.resolve("demo", key -> key.endsWith(".trace") ? Optional.of("false")
                : Optional.ofNullable(config.get(key))).traceDirectory()).isNull();
    }
}
