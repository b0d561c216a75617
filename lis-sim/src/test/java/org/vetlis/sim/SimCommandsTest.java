package org.vetlis.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetlis.connector.astm.codec.AstmMessage;
import org.vetlis.connector.astm.codec.AstmRecord;
import org.vetlis.connector.astm.link.AstmFrameEncoder;

class SimCommandsTest {

    @Test
    void resultsForATubeAreAValidMessageWithOneRecordPerResult() {
        AstmMessage message = AstmMessage.decode(SimCommands.results("2600001236", List.of("GLU=5.4:mmol/L", "CREA=88")));

        AstmRecord order = message.records('O').get(0);
        assertThat(order.value(3)).isEqualTo("2600001236");
        assertThat(order.repeats(5)).hasSize(2);
        List<AstmRecord> results = message.records('R');
        assertThat(results).extracting(r -> r.component(3, 4)).containsExactly("GLU", "CREA");
        assertThat(results).extracting(r -> r.value(4)).containsExactly("5.4", "88");
        assertThat(results).extracting(r -> r.value(5)).containsExactly("mmol/L", "");
        assertThat(results.get(0).value(13)).hasSize(14);
        assertThat(message.terminator()).isPresent();
    }

    @Test
    void aResultWithoutValueIsRefused() {
        assertThatThrownBy(() -> SimCommands.results("2600001236", List.of("GLU"))).hasMessageContaining("CODE=VALUE");
    }

    @Test
    void filesAreReadAsRecordsOrAsFramedCaptures(@TempDir Path dir) throws IOException {
        String records = "H|\\^&\nP|1\nL|1|N\n";
        Path plain = Files.writeString(dir.resolve("plain.astm"), records);
        Path framed = Files.write(dir.resolve("framed.astm"), AstmFrameEncoder.frame(1, "H|\\^&\rP|1\rL|1|N\r".getBytes(), true));

        assertThat(SimCommands.messagesOf(plain)).singleElement().satisfies(m -> assertThat(m.records()).hasSize(3));
        assertThat(SimCommands.messagesOf(framed)).singleElement().satisfies(m -> assertThat(m.encode()).isEqualTo("H|\\^&\rP|1\rL|1|N\r"));
    }
}
