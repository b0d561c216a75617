package org.vetlis.connector.astm.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vetlis.connector.astm.codec.AstmMessage;
import org.vetlis.connector.astm.codec.AstmRecord;

/** Analyzer differences read through profiles, on records as the corpus's analyzers send them. */
class AstmProfileTest {

    private static AstmRecord record(String header, String text) {
        return AstmMessage.decode(header + "\r" + text + "\r").records().get(1);
    }

    @Test
    void theStandardRuleReadsTheCommonTestCodeLayouts() {
        TestCodeRule standard = AstmProfile.STRICT.testCode();

        assertThat(standard.code(record("H|\\^&", "R|1|^^^GLU|5.4"), 3, 1)).isEqualTo("GLU");
        assertThat(standard.code(record("H|\\^&", "R|1|^^^^WBC^1|16.74"), 3, 1)).as("Sysmex XN").isEqualTo("WBC");
        assertThat(standard.code(record("H|\\^&", "R|1|^^^WBC^804-5^1|7.1"), 3, 1)).as("Pentra: code, LOINC").isEqualTo("WBC");
        assertThat(standard.code(record("H|\\^&", "R|1|^^^685/|12"), 3, 1)).as("cobas").isEqualTo("685/");
        assertThat(standard.code(record("H|\\!~", "R|1|!!!HGB!718-7|146"), 3, 1)).as("DxH delimiters").isEqualTo("HGB");
    }

    @Test
    void profilesMoveTheCodeWhereTheirAnalyzerPutsIt() {
        AstmProfile mindray = AstmProfile.STRICT.with(Map.of("test-code.component", "2"));
        AstmProfile vitros = AstmProfile.STRICT.with(Map.of("test-code.plus-segment", "-2"));
        AstmRecord vitrosOrder = record("H|\\^&", "O|1|S4331009704||^^^1.0+300+1.0\\300+2.0\\001+1.0|R");

        assertThat(mindray.testCode().code(record("H|\\^&", "R|1|1^CA125^^F|10000.000000"), 3, 1)).isEqualTo("CA125");
        assertThat(vitros.testCode().code(vitrosOrder, 5, 1)).isEqualTo("300");
        assertThat(vitros.testCode().code(vitrosOrder, 5, 2)).isEqualTo("300");
        assertThat(vitros.testCode().code(vitrosOrder, 5, 3)).isEqualTo("001");
    }

    @Test
    void sampleIdsFromOrdersAndQueriesWhereverTheAnalyzerPutsThem() {
        SampleIdRule standard = SampleIdRule.STANDARD;

        assertThat(standard.fromOrder(record("H|\\^&", "O|1|2600001236^01^5||^^^GLU"))).isEqualTo("2600001236");
        assertThat(standard.fromOrder(record("H|\\^&", "O|1||^^                    27^M|^^^^WBC"))).as("XN: only O.4, padded")
                .isEqualTo("27");
        assertThat(standard.fromQuery(record("H|\\^&", "Q|1|^SID107||||||||||O"))).containsExactly("SID107");
        assertThat(standard.fromQuery(record("H|\\^&", "Q|1|^^0000000387^587^0^2^^S1^SC||ALL||||||||A")))
                .as("Roche: component 3").containsExactly("0000000387");
        assertThat(standard.fromQuery(record("H|`^&", "Q|1|^0000000406`00001001|||S|||||||O")))
                .as("Erba: two tubes as repeats").containsExactly("0000000406", "00001001");
    }

    @Test
    void sampleIdsAreCleanedAsTheProfileSays() {
        AstmProfile roche = AstmProfile.STRICT.with(Map.of("sample-id.strip-leading-zeros", "true", "sample-id.strip-prefix", "LAB-"));

        assertThat(roche.sampleId().clean(" 0000000387 ")).isEqualTo("387");
        assertThat(roche.sampleId().clean("LAB-00042")).isEqualTo("42");
        assertThat(roche.sampleId().clean("0")).isEqualTo("0");
    }

    @Test
    void eachNoOrderFormIsAValidMessageTheAnalyzerCanRead() {
        AstmRecord query = record("H|\\^&", "Q|1|^SID107||ALL||||||||O");

        AstmMessage mindray = NoOrderReply.TERMINATOR_I.reply(query, java.util.List.of("SID107"), "VetLIS");
        assertThat(mindray.encode()).isEqualTo("H|\\^&|||VetLIS|||||||P|LIS2-A2\rL|1|I\r");

        AstmMessage orderY = NoOrderReply.ORDER_Y.reply(query, java.util.List.of("SID107"), "VetLIS");
        assertThat(orderY.records('O')).singleElement().satisfies(o -> {
            assertThat(o.value(3)).isEqualTo("SID107");
            assertThat(o.value(26)).isEqualTo("Y");
        });
        AstmMessage echo = NoOrderReply.QUERY_X.reply(query, java.util.List.of("SID107"), "VetLIS");
        assertThat(echo.records('Q')).singleElement().satisfies(q -> {
            assertThat(q.raw(3)).isEqualTo("^SID107");
            assertThat(q.value(13)).isEqualTo("X");
        });
        assertThat(AstmMessage.decode(echo.encode()).encode()).isEqualTo(echo.encode());
    }

    @Test
    void settingsAreData() {
        AstmProfile hem = AstmProfile.named("tolerant").with(Map.of("charset", "UTF-8", "max-frame-text", "1024",
                "no-order", "order_y", "order.16", "Whole blood"));

        assertThat(hem.framing()).isEqualTo(AstmProfile.Framing.TOLERANT);
        assertThat(hem.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(hem.maxFrameText()).isEqualTo(1024);
        assertThat(hem.noOrder()).isEqualTo(NoOrderReply.ORDER_Y);
        assertThat(hem.orderDefaults()).containsEntry(16, "Whole blood").containsEntry(26, "Q");
    }

    @Test
    void aSettingThatCannotWorkIsRefusedByName() {
        assertThatThrownBy(() -> AstmProfile.STRICT.with(Map.of("colour", "blue"))).hasMessageContaining("colour=blue");
        assertThatThrownBy(() -> AstmProfile.STRICT.with(Map.of("max-frame-text", "8"))).hasMessageContaining("16 to 63,993");
        assertThatThrownBy(() -> AstmProfile.STRICT.with(Map.of("order.3", "x"))).hasMessageContaining("order.3");
        assertThatThrownBy(() -> AstmProfile.STRICT.with(Map.of("charset", "KLINGON-8"))).hasMessageContaining("charset");
        assertThatThrownBy(() -> AstmProfile.named("chatty")).hasMessageContaining("strict, tolerant");
    }
}
