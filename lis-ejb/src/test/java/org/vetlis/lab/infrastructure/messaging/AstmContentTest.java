package org.vetlis.lab.infrastructure.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vetlis.connector.astm.codec.AstmMessage;
import org.vetlis.connector.astm.profile.AstmProfile;
import org.vetlis.lab.domain.messagelog.MessageKind;

/** ASTM messages read into what the lab acts on, the same content HL7 messages are read into. */
class AstmContentTest {

    @Test
    void resultsNameTheirSpecimenFromTheOrderRecordBeforeThemAndKeepTheirRangeAndComments() {
        AnalyzerContent content = read("H|\\^&|||CHEM\rP|1\rO|1|2600001236||^^^GLU\\^^^CREA|R\r"
                + "R|1|^^^GLU|5.4|mmol/L|3.9 to 6.1|H||F||||20261124101500\r"
                + "R|2|^^^CREA|88|umol/L|40 to 130|N||F||||20261124101500\r"
                + "C|1|I|^Haemolysis index 2|G\rC|2|I|Lipaemic|G\r"
                + "O|2|2600001244||^^^GLU|R\rC|1|I|comment on the order|G\rR|1|^^^GLU|6.2|mmol/L||N||F\rL|1|N\r", AstmProfile.STRICT);

        assertThat(content.kind()).isEqualTo(MessageKind.RESULTS);
        assertThat(content.sampleIds()).containsExactly("2600001236", "2600001244");
        assertThat(content.results()).containsExactly(
                new AnalyzerContent.Reported("2600001236", "GLU", "5.4", "mmol/L", "3.9 to 6.1", "H", "F", "20261124101500", ""),
                new AnalyzerContent.Reported("2600001236", "CREA", "88", "umol/L", "40 to 130", "N", "F", "20261124101500",
                        "Haemolysis index 2\nLipaemic"),
                new AnalyzerContent.Reported("2600001244", "GLU", "6.2", "mmol/L", "", "N", "F", "", ""));
    }

    @Test
    void aQueryNamesItsTubesAndIsAQueryWhateverElseItHolds() {
        AnalyzerContent content = read("H|\\^&\rQ|1|^2600001236\\^2600001244||ALL||||||||O\rL|1|N\r", AstmProfile.STRICT);

        assertThat(content.kind()).isEqualTo(MessageKind.QUERY);
        assertThat(content.sampleIds()).containsExactly("2600001236", "2600001244");
        assertThat(content.results()).isEmpty();
    }

    @Test
    void controlsAreToldApartByTheHeaderOrTheOrdersReportType() {
        assertThat(read("H|\\^&||||||||||Q\rO|1|QC1||^^^GLU\rR|1|^^^GLU|5.0\rL|1|N\r", AstmProfile.STRICT).kind())
                .isEqualTo(MessageKind.QC);
        assertThat(read("H|\\^&\rO|1|QC1||^^^GLU|||||||Q\rR|1|^^^GLU|5.0\rL|1|N\r", AstmProfile.STRICT).kind())
                .isEqualTo(MessageKind.QC);
        assertThat(read("H|\\^&\rP|1\rO|1|2600001236||^^^GLU\rL|1|N\r", AstmProfile.STRICT).kind()).isEqualTo(MessageKind.OTHER);
    }

    @Test
    void aQRecordAfterAResultNamesItsControlAndIsNeverAHostQuery() {
        String records = "H|\\^&\rP|1\rO|1|QC-RUN-7||^^^ALT\rR|1|^^^ALT|131|U/L||N||F\rQ|1|ALT^LOT-A77^2\r"
                + "R|2|^^^GLU|5.1|mmol/L||N||F\rQ|2|GLU^LOT-G12^1\rL|1|N\r";
        AnalyzerContent content = read(records, AstmProfile.STRICT);

        assertThat(content.kind()).isEqualTo(MessageKind.QC);
        assertThat(content.results()).extracting(AnalyzerContent.Reported::control).containsExactly(
                new AnalyzerContent.Control("LOT-A77", "2"), new AnalyzerContent.Control("LOT-G12", "1"));
        assertThat(content.sampleIds()).as("a control's lot is not a tube asked about").containsExactly("QC-RUN-7");
        assertThat(AstmContent.namesControlsAfterResults(AstmMessage.decodeAll(records).get(0))).isTrue();
        assertThat(AstmContent.namesControlsAfterResults(AstmMessage.decodeAll("H|\\^&\rQ|1|^2600001236||ALL\rL|1|N\r").get(0)))
                .as("a host query").isFalse();
    }

    @Test
    void theProfileSaysWhereTheTestCodeSits() {
        AstmProfile vitros = AstmProfile.STRICT.with(java.util.Map.of("test-code.plus-segment", "2"));

        AnalyzerContent content = read("H|\\^&\rO|1|2600001236\rR|1|^^^1.0+330+1.0|5.4\rL|1|N\r", vitros);

        assertThat(content.results()).extracting(AnalyzerContent.Reported::analyzerCode).containsExactly("330");
    }

    private static AnalyzerContent read(String records, AstmProfile profile) {
        return AstmContent.read(AstmMessage.decodeAll(records), profile);
    }
}
