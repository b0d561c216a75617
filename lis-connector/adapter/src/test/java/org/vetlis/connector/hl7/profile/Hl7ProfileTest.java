package org.vetlis.connector.hl7.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class Hl7ProfileTest {

    @Test
    void theStandardProfileReadsTheCodeFromObx3AndAnswersQueriesInTheAnalyzersVersion() {
        Hl7Profile standard = Hl7Profile.STANDARD;

        assertThat(standard.testCode()).isEqualTo(new Hl7CodeRule(3, 1, 0));
        assertThat(standard.version()).isEmpty();
        assertThat(standard.answerQueries()).isTrue();
        assertThat(standard.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(standard.sampleId().clean(" 0019 ")).isEqualTo("0019");
    }

    @Test
    void anInstrumentsSettingsChangeWhatTheyName() {
        Hl7Profile mindray = Hl7Profile.STANDARD.with(Map.of("test-code.field", "4", "version", "2.3.1", "charset", "UTF-8",
                "answer-queries", "false", "sample-id.strip-prefix", "S", "sample-id.strip-leading-zeros", "true"));

        assertThat(mindray.testCode()).isEqualTo(new Hl7CodeRule(4, 1, 0));
        assertThat(mindray.version()).isEqualTo("2.3.1");
        assertThat(mindray.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(mindray.answerQueries()).isFalse();
        assertThat(mindray.sampleId().clean("S000123")).isEqualTo("123");
    }

    @Test
    void aWrappedCodeIsUnwrappedByItsSegment() {
        Hl7CodeRule vitrosLike = Hl7Profile.STANDARD.with(Map.of("test-code.plus-segment", "-2")).testCode();

        assertThat(vitrosLike.code("1.0+330+1.0")).isEqualTo("330");
        assertThat(vitrosLike.code("GLU")).as("nothing to unwrap").isEqualTo("GLU");
        assertThat(Hl7CodeRule.STANDARD.code(" 1.0+330+1.0 ")).isEqualTo("1.0+330+1.0");
        assertThat(new Hl7CodeRule(3, 1, 5).code("1+2")).as("no such segment").isEmpty();
    }

    @Test
    void aSettingThatCannotWorkIsRefusedByName() {
        assertThatThrownBy(() -> Hl7Profile.STANDARD.with(Map.of("obx-field", "3")))
                .hasMessage("HL7 profile setting obx-field=3: unknown setting");
        assertThatThrownBy(() -> Hl7Profile.STANDARD.with(Map.of("test-code.field", "5")))
                .hasMessageContaining("test-code.field=5").hasMessageContaining("OBX-3 or OBX-4");
        assertThatThrownBy(() -> Hl7Profile.STANDARD.with(Map.of("version", "3.0")))
                .hasMessageContaining("version=3.0");
        assertThatThrownBy(() -> Hl7Profile.STANDARD.with(Map.of("answer-queries", "maybe")))
                .hasMessageContaining("answer-queries=maybe: true or false");
        assertThatThrownBy(() -> Hl7Profile.STANDARD.with(Map.of("charset", "EBCDIC-XYZ")))
                .hasMessageContaining("charset=EBCDIC-XYZ");
    }
}
