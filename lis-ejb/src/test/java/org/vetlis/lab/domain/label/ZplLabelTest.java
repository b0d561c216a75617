package org.vetlis.lab.domain.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ZplLabelTest {

    private static final LabelContent REX = new LabelContent("2600001236", "Rex", "Dog", "Weber", "Serum", LocalDate.of(2026, 11, 24), "STAT");

    @Test
    void aLabelIsOneFormatWithTheAccessionAsCode128AndInWords() {
        String zpl = ZplLabel.of(REX, 203, 50, 25);

        assertThat(zpl).startsWith("^XA").endsWith("^XZ\n");
        assertThat(zpl).containsOnlyOnce("^XA").containsOnlyOnce("^XZ");
        assertThat(zpl).contains("^BCN,", "^FD2600001236^FS", "^FD2600001236  STAT^FS", "^FDRex (Dog)^FS", "^FDWeber · Serum^FS",
                "^FDcollected 2026-11-24^FS");
        assertThat(zpl).contains("^PW400").contains("^LL200"); // 50 × 25 mm at 8 dots a millimetre
    }

    @Test
    void theLayoutFollowsTheResolutionAndSize() {
        assertThat(ZplLabel.of(REX, 300, 50, 25)).contains("^PW591", "^LL295");
        assertThat(ZplLabel.of(REX, 203, 57, 32)).contains("^PW456", "^LL256");
    }

    @Test
    void aCaretOrTildeInANameCannotStartACommand() {
        LabelContent odd = new LabelContent("2600001236", "Max^XZ~JR", "Dog", "O_Neil", "Serum", null, "ROUTINE");
        String zpl = ZplLabel.of(odd, 203, 50, 25);

        assertThat(zpl).containsOnlyOnce("^XZ").doesNotContain("~JR");
        assertThat(zpl).contains("^FH_^FDMax_5EXZ_7EJR (Dog)^FS", "O_5FNeil", "collected: ____________".replace("_", "_5F"));
    }

    @Test
    void onlyAnAccessionIsPrintedAsBars() {
        LabelContent forged = new LabelContent("26^FS^XZ", "Rex", "Dog", "Weber", "Serum", null, "ROUTINE");
        assertThatThrownBy(() -> ZplLabel.of(forged, 203, 50, 25)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPrinterThatDoesNotAnswerIsTriedAgainAfterLongerPauses() {
        assertThat(PrintJob.pauseAfter(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(PrintJob.pauseAfter(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(PrintJob.pauseAfter(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(PrintJob.pauseAfter(6)).isEqualTo(Duration.ofMinutes(1));
        assertThat(PrintJob.pauseAfter(500)).isEqualTo(Duration.ofMinutes(1));
    }
}
