package org.vetlis.connector.net;

import static org.assertj.core.api.Assertions.assertThat;
import org.vetlis.connector.api.Protocol;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.vetlis.connector.api.ListenerSpec;

class ListenerSettingsTest {

    private static final ListenerSpec CHEMISTRY = new ListenerSpec("chem", "CHEM-1", 20100, Protocol.ASTM, "strict", Map.of());

    @Test
    void portAndProfileComeFromTheInstrumentAndLimitsFromConfiguration() {
        Map<String, String> config = Map.of(
                "vetlis.connector.listener.hem.bind-address", "127.0.0.1",
                "vetlis.connector.listener.hem.max-connections", "3",
                "vetlis.connector.receive-timeout-seconds", "20",
                "vetlis.connector.max-connections", "5");
        ListenerSpec haematology = new ListenerSpec("hem", "HEM-1", 20101, Protocol.ASTM, "tolerant", Map.of("max-frame-text", "1000"));

        ListenerSettings settings = ListenerSettings.resolve(haematology, key -> Optional.ofNullable(config.get(key)));

        assertThat(settings.port()).isEqualTo(20101);
        assertThat(settings.instrument()).isEqualTo("HEM-1");
        assertThat(settings.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(settings.maxConnections()).as("the listener's own key before the installation's").isEqualTo(3);
        assertThat(settings.receiveTimeoutMillis()).as("the installation's key").isEqualTo(20_000);
        assertThat(settings.tolerantFraming()).isTrue();
        assertThat(settings.profile().maxFrameText()).isEqualTo(1000);
    }

    @Test
    void withoutConfigurationTheDefaultsHold() {
        ListenerSettings settings = ListenerSettings.resolve(CHEMISTRY, key -> Optional.empty());

        assertThat(settings.bindAddress()).isEqualTo("0.0.0.0");
        assertThat(settings.maxConnections()).isEqualTo(8);
        assertThat(settings.receiveTimeoutMillis()).isEqualTo(30_000);
        assertThat(settings.tolerantFraming()).as("strict").isFalse();
    }

    @Test
    void aLimitThatIsNotANumberOrAnUnknownProfileIsRejectedByName() {
        assertThatThrownBy(() -> ListenerSettings.resolve(CHEMISTRY,
                key -> key.endsWith(".max-connections") ? Optional.of("twenty") : Optional.empty()))
                .hasMessageContaining("max-connections").hasMessageContaining("twenty");
        assertThatThrownBy(() -> ListenerSettings.resolve(new ListenerSpec("chem", "CHEM-1", 20100, Protocol.ASTM, "chatty", Map.of()),
                key -> Optional.empty()))
                .hasMessageContaining("CHEM-1").hasMessageContaining("chatty");
    }

    @Test
    void aSpecNeedsAPortAndAUsableName() {
        assertThatThrownBy(() -> new ListenerSpec("chem", "CHEM-1", 0, Protocol.ASTM, "strict", Map.of())).hasMessageContaining("port");
        assertThatThrownBy(() -> new ListenerSpec("Chem 1", "CHEM-1", 20100, Protocol.ASTM, "strict", Map.of())).hasMessageContaining("name");
    }

    @Test
    void bytesAreTracedUnderTheDataFolderByInstrumentUnlessSwitchedOff() {
        Map<String, String> config = Map.of("vetlis.data.dir", "/var/lib/vetlis");

        assertThat(ListenerSettings.resolve(CHEMISTRY, key -> Optional.ofNullable(config.get(key))).traceDirectory())
                .isEqualTo("/var/lib/vetlis/instruments/CHEM-1");
        assertThat(ListenerSettings.resolve(CHEMISTRY, key -> key.endsWith(".trace") ? Optional.of("false")
                : Optional.ofNullable(config.get(key))).traceDirectory()).isNull();
    }
}
