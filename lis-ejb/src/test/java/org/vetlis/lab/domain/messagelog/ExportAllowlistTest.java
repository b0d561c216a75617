package org.vetlis.lab.domain.messagelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExportAllowlistTest {

    private static final String ORU = "MSH|^~\\&|XN|LAB|VETLIS|LAB|20261124120000||ORU^R01|77|P|2.5.1\r"
            + "PID|1||4711||Rex^Hale||20190301|M|||1 Elm St^^Leeds||||||||||||||||||||||||CAT^Feline|^Siamese\r"
            + "NK1|1|Hale^Ann|OWN\r"
            + "PV1|1|O\r"
            + "OBR|1|2600001236||CBC|||20261124115500\r"
            + "OBX|1|NM|WBC||8.1|10*9/L|5.5-16.9|N|||F\r"
            + "NTE|1||haemolysed\r"
            + "ZPI|Ann Hale|0113 496 0000\r";

    @Test
    void byDefaultTheLabContentStaysAndThePatientAndOwnerAndUnforeseenSegmentsGo() {
        String scrubbed = ExportAllowlist.defaultFor("HL7").scrub(ORU);

        assertThat(scrubbed).isEqualTo("MSH|^~\\&|XN|LAB|VETLIS|LAB|20261124120000||ORU^R01|77|P|2.5.1\r"
                + "OBR|1|2600001236||CBC|||20261124115500\r"
                + "OBX|1|NM|WBC||8.1|10*9/L|5.5-16.9|N|||F\r"
                + "NTE|1||haemolysed\r");
    }

    @Test
    void fieldsNamedAreKeptInTheirPlacesAndTheOthersEmptied() {
        ExportAllowlist speciesOnly = ExportAllowlist.parse("HL7", "msh-9, MSH-10 PID-35,PID-36,OBX");

        assertThat(speciesOnly.scrub(ORU)).isEqualTo("MSH|^~\\&|||||||ORU^R01|77||\r"
                + "PID|||||||||||||||||||||||||||||||||||CAT^Feline|^Siamese\r"
                + "OBX|1|NM|WBC||8.1|10*9/L|5.5-16.9|N|||F\r");
    }

    @Test
    void astmKeepsTheRecordsButNotThePatientsFields() {
        String astm = "H|\\^&|||XN-550^00-22^12345|||||||P|1394-97|20261124120000\n"
                + "P|1|4711||PID-1|Hale^Rex||20190301|M\n"
                + "O|1|2600001236||^^^WBC|R\n"
                + "R|1|^^^WBC|8.1|10^9/L||N||F\n"
                + "L|1|N\n";

        assertThat(ExportAllowlist.defaultFor("ASTM").scrub(astm)).isEqualTo("H|\\^&|||XN-550^00-22^12345|||||||P|1394-97|20261124120000\r"
                + "P|1|||||||\r"
                + "O|1|2600001236||^^^WBC|R\r"
                + "R|1|^^^WBC|8.1|10^9/L||N||F\r"
                + "L|1|N\r");
    }

    @Test
    void aMessageNoParserCanReadIsScrubbedAllTheSame() {
        assertThat(ExportAllowlist.defaultFor("HL7").scrub("garbage\rPID|1||4711||Rex\rOBX|1|NM|WBC||8.1\r"))
                .isEqualTo("OBX|1|NM|WBC||8.1\r");
    }

    @Test
    void anEntryThatIsNeitherSegmentNorFieldIsRefusedByName() {
        assertThatThrownBy(() -> ExportAllowlist.parse("HL7", "OBX, PID.3")).hasMessageContaining("'PID.3'");
        assertThatThrownBy(() -> ExportAllowlist.parse("HL7", " , ")).hasMessageContaining("lists nothing");
        assertThat(ExportAllowlist.parse("HL7", "OBX, OBX-5, PID-3").toString()).as("a whole segment wins over its fields")
                .isEqualTo("OBX,PID-3");
    }
}
