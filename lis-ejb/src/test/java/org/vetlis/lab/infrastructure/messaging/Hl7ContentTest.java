package org.vetlis.lab.infrastructure.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import ca.uhn.hl7v2.HL7Exception;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vetlis.connector.hl7.profile.Hl7Profile;
import org.vetlis.lab.domain.messagelog.MessageKind;

/** HL7 v2 messages of real analyzers (the corpus) read into what the lab acts on. */
class Hl7ContentTest {

    @ParameterizedTest
    @ValueSource(strings = {"abbott-alinity-m_oul-r22.hl7", "biosystems-ba400_oul-r22.hl7", "biosystems-ba400_qbp-q11.hl7",
            "erba-h560_oru-r01.hl7", "hmis-host_ack-r22.hl7", "mindray-cl_ack-q03.hl7", "mindray-cl_ack-r01_aa.hl7",
            "mindray-cl_ack-r01_ar-206.hl7", "mindray-cl_dsr-q03.hl7", "mindray-cl_oru-r01.hl7", "mindray-cl_oru-r01_qc.hl7",
            "mindray-cl_qck-q02_nf.hl7", "mindray-cl_qck-q02_ok.hl7", "mindray-cl_qry-q02_barcode.hl7",
            "mindray-cl_qry-q02_time-range.hl7", "roche-cobas-5800_oul-r22_failed.hl7", "roche-cobas-5800_oul-r22_quantified.hl7",
            "roche-cobas-6800_oul-r22_quantified.hl7", "siemens-clinitek-status_oru-r01_mllp.hl7",
            "siemens-clinitek-status_oru-r01_qc-nte.hl7"})
    void everyCorpusMessageIsRead(String file) throws Exception {
        AnalyzerContent content = read(file);

        assertThat(content.kind()).isNotNull();
        assertThat(content.results()).allSatisfy(r -> {
            assertThat(r.analyzerCode()).isNotBlank();
            assertThat(r.value()).isNotBlank();
        });
    }

    @Test
    void mindrayResultsNameTheBarcodeInObr2AndTheTestInObx3() throws Exception {
        AnalyzerContent content = read("mindray-cl_oru-r01.hl7");

        assertThat(content.kind()).isEqualTo(MessageKind.RESULTS);
        assertThat(content.sampleIds()).containsExactly("12345678");
        assertThat(content.results()).isNotEmpty().allSatisfy(r -> assertThat(r.sampleId()).isEqualTo("12345678"));
    }

    @Test
    void lawResultsNameTheSpecimenInSpmOrSacAndKeepUnitsAndFlags() throws Exception {
        AnalyzerContent ba400 = read("biosystems-ba400_oul-r22.hl7");
        assertThat(ba400.sampleIds()).containsExactly("CHECK");
        assertThat(ba400.results()).isNotEmpty().allSatisfy(r -> assertThat(r.unit()).isEqualTo("mg/dL"));

        AnalyzerContent alinity = read("abbott-alinity-m_oul-r22.hl7");
        assertThat(alinity.sampleIds()).as("only in SAC-3").hasSize(1).allSatisfy(s -> assertThat(s).isNotBlank());
        assertThat(alinity.results()).extracting(AnalyzerContent.Reported::value).contains("161,152");
    }

    @Test
    void aFailedRunWithoutValueReportsNoResult() throws Exception {
        AnalyzerContent failed = read("roche-cobas-5800_oul-r22_failed.hl7");

        assertThat(failed.results()).isEmpty();
        assertThat(failed.kind()).isEqualTo(MessageKind.OTHER);
    }

    @Test
    void queriesNameTheirSpecimenInQrdOrQpd() throws Exception {
        AnalyzerContent mindray = read("mindray-cl_qry-q02_barcode.hl7");
        assertThat(mindray.kind()).isEqualTo(MessageKind.QUERY);
        assertThat(mindray.sampleIds()).containsExactly("0019");

        AnalyzerContent law = read("biosystems-ba400_qbp-q11.hl7");
        assertThat(law.kind()).isEqualTo(MessageKind.QUERY);
        assertThat(law.sampleIds()).hasSize(1);
    }

    @Test
    void qualityControlIsToldApartByMsh16OrTheSpecimenRole() throws Exception {
        assertThat(read("mindray-cl_oru-r01_qc.hl7").kind()).isEqualTo(MessageKind.QC);
        assertThat(read("siemens-clinitek-status_oru-r01_qc-nte.hl7").kind()).isEqualTo(MessageKind.QC);
    }

    @Test
    void escapesAreUndoneAndSeparatorsOfAnyKindAccepted() throws Exception {
        String oru = "MSH|^~\\&|XN|LAB|LIS|LAB|20261124120000||ORU^R01|1001|P|2.5.1\n"
                + "OBR|1|2600001236||CBC|||20261124115500\r\n"
                + "OBX|1|ST|COMMENT||A\\F\\B\\S\\C\\T\\D\\R\\E\\E\\|||N|||F|||20261124115900\n"
                + "OBX|2|SN|SG||<^1.005||||||F\n";

        AnalyzerContent content = Hl7Content.read(oru, Hl7Profile.STANDARD);

        assertThat(content.results()).extracting(AnalyzerContent.Reported::value).containsExactly("A|B^C&D~E\\", "<1.005");
        assertThat(content.results().get(0).completedAt()).as("OBX-19").isEqualTo("20261124115900");
        assertThat(content.results().get(1).completedAt()).as("OBR-7 when OBX has none").isEqualTo("20261124115500");
        assertThat(content.sampleIds()).containsExactly("2600001236");
    }

    @Test
    void theRangeAndTheNotesAfterAResultAreItsAndNonAsciiUnitsArriveIntactInTheSetMsh18Names() throws Exception {
        String oru = "MSH|^~\\&|XN|LAB|LIS|LAB|20261124120000||ORU^R01|1002|P|2.5.1||||||UNICODE UTF-8\r"
                + "PID|1\r"
                + "OBR|1|2600001236||CHEM|||20261124115500\r"
                + "OBX|1|NM|CREA||88|\u00b5mol/L|40\\S\\130|N|||F\r"
                + "NTE|1||Haemolysis index 2\r"
                + "NTE|2||Lipaemic\r"
                + "OBX|2|NM|GLU||5.4|mmol/L|3.9-6.1|H|||F\r"
                + "OBR|2|2600001236||CHEM\r"
                + "NTE|1||about the order, not a result\r";
        byte[] sent = oru.getBytes(StandardCharsets.UTF_8);

        AnalyzerContent content = Hl7Content.read(new String(sent, Hl7Content.charsetOf(sent, StandardCharsets.ISO_8859_1)),
                Hl7Profile.STANDARD);

        assertThat(content.results()).extracting(r -> r.analyzerCode() + " " + r.unit() + " " + r.range() + " [" + r.comment() + "]")
                .containsExactly("CREA \u00b5mol/L 40^130 [Haemolysis index 2\nLipaemic]", "GLU mmol/L 3.9-6.1 []");
    }

    @Test
    void theInstrumentsCodeRuleSaysWhereTheCodeIs() throws Exception {
        AnalyzerContent mindray = Hl7Content.read(corpusText("mindray-cl_oru-r01.hl7"),
                Hl7Profile.STANDARD.with(java.util.Map.of("test-code.field", "4")));
        assertThat(mindray.results()).extracting(AnalyzerContent.Reported::analyzerCode).containsExactly("TBil", "ALT", "AST");

        AnalyzerContent erba = Hl7Content.read(corpusText("erba-h560_oru-r01.hl7"),
                Hl7Profile.STANDARD.with(java.util.Map.of("test-code.component", "2")));
        assertThat(erba.results()).extracting(AnalyzerContent.Reported::analyzerCode).contains("WBC", "NEU%");
    }

    @Test
    void theSpeciesAndBreedTheAnalyzerNamesAreRead() throws Exception {
        String oru = "MSH|^~\\&|XN|LAB|LIS|LAB|20261124120000||ORU^R01|1003|P|2.5.1\r"
                + "PID|1||||Rex" + "|".repeat(30) + "FEL^Feline^L|^Siamese\r"
                + "OBR|1|2600001236\rOBX|1|NM|WBC||8.1\r";

        assertThat(Hl7Content.read(oru, Hl7Profile.STANDARD).animal()).isEqualTo(new org.vetlis.lab.domain.patient.ReportedAnimal("Feline", "Siamese"));
        assertThat(read("mindray-cl_oru-r01.hl7").animal().stated()).as("a 2.3.1 PID has no species").isFalse();
    }

    @Test
    void theMalformedProductionCaptureIsRefusedWithTheReason() {
        assertThatThrownBy(() -> read("hmis-host_rsp-k11_malformed.hl7")).isInstanceOf(HL7Exception.class)
                .hasMessageContaining("MSH.12"); // MSH-7 missing shifts every later field
    }

    @Test
    void textThatIsNotHl7IsRefusedWithHapisReason() {
        assertThatThrownBy(() -> Hl7Content.read("H|\\^&\rL|1|N\r", Hl7Profile.STANDARD)).isInstanceOf(HL7Exception.class);
    }

    private static AnalyzerContent read(String file) throws IOException, HL7Exception {
        return Hl7Content.read(corpusText(file), Hl7Profile.STANDARD);
    }

    private static String corpusText(String file) throws IOException {
        byte[] bytes;
        try (InputStream in = Hl7ContentTest.class.getResourceAsStream("/corpus/hl7/" + file)) {
            assertThat(in).as(file).isNotNull();
            bytes = in.readAllBytes();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        // unframed the simple way: the MLLP state machine is the connector's and tested there
        return text.replace("\u000b", "").replace("\u001c", "");
    }
}
