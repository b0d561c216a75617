package org.vetlis.connector.astm.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class AstmRecordTest {

    private static final AstmDelimiters STANDARD = AstmDelimiters.STANDARD;

    @Test
    void fieldsAreNumberedAsTheStandardNumbersThemWithTheTypeAsFieldOne() {
        AstmRecord r = AstmRecord.parse("R|1|^^^GLU|5.4|mmol/L|3.9 to 6.1|N||F", STANDARD);

        assertThat(r.type()).isEqualTo('R');
        assertThat(r.value(3)).isEqualTo("^^^GLU");
        assertThat(r.component(3, 4)).isEqualTo("GLU");
        assertThat(r.value(4)).isEqualTo("5.4");
        assertThat(r.value(9)).isEqualTo("F");
        assertThat(r.value(14)).as("a field left out at the end reads as empty").isEmpty();
        assertThat(r.fieldCount()).isEqualTo(9);
    }

    @Test
    void repeatsAndComponentsOfOneField() {
        AstmRecord o = AstmRecord.parse("O|1|SID303\\SID304||^^^ALT\\^^^AST\\^^^GGT|R", STANDARD);

        assertThat(o.repeats(3)).containsExactly("SID303", "SID304");
        assertThat(o.repeats(5)).hasSize(3);
        assertThat(o.component(5, 3, 4)).isEqualTo("GGT");
        assertThat(o.components(5, 1)).containsExactly("", "", "", "ALT");
        assertThat(o.component(5, 4, 4)).as("no fourth repeat").isEmpty();
    }

    @Test
    void escapeSequencesAreResolvedAfterSplittingAndALoneEscapeCharacterSurvives() {
        AstmRecord sysmex = AstmRecord.parse("R|1|^^^^IMAGE|PNG&R&20240628&R&WDF.PNG", STANDARD);
        AstmRecord ortho = AstmRecord.parse("O|1|SID303||Type && Screen&F&x&S&y&E&z", STANDARD);

        assertThat(sysmex.repeats(4)).as("&R& is not a repeat delimiter").hasSize(1);
        assertThat(sysmex.value(4)).isEqualTo("PNG\\20240628\\WDF.PNG");
        assertThat(ortho.value(5)).isEqualTo("Type && Screen|x^y&z");
    }

    @Test
    void delimitersComeFromTheHeaderWhateverTheAnalyzerChose() {
        assertThat(AstmDelimiters.of("H|@^\\|||GeneXpert")).isEqualTo(new AstmDelimiters('|', '@', '^', '\\'));
        assertThat(AstmDelimiters.of("H|`^&|||EM200")).isEqualTo(new AstmDelimiters('|', '`', '^', '&'));
        assertThat(AstmDelimiters.of("H|\\!~|||DxH")).isEqualTo(new AstmDelimiters('|', '\\', '!', '~'));
        AstmDelimiters immulite = AstmDelimiters.of("H|\\^||PSWD|Maglumi");
        assertThat(immulite.hasEscape()).as("Immulite declares no escape character").isFalse();
        assertThat(AstmRecord.parse("R|1|^^^TSH|4.5\\.4^12.5", immulite).component(4, 2, 2)).isEqualTo("12.5");
    }

    @Test
    void aDxhRecordReadsWithItsOwnDelimiters() {
        AstmMessage m = AstmMessage.decode("H|\\!~|||DxH\rR|1|!!!HGB!718-7|146!  H |g/L||A\rL|1|N\r");

        AstmRecord r = m.records('R').get(0);
        assertThat(r.component(3, 4)).isEqualTo("HGB");
        assertThat(r.component(3, 5)).isEqualTo("718-7");
        assertThat(r.component(4, 2)).isEqualTo("  H ");
    }

    @Test
    void theHeaderKeepsItsDeclarationAsOneField() {
        AstmRecord h = AstmRecord.parse("H|\\^&|||cobas^1|||||host|RSUPL^REAL|P|1", STANDARD);

        assertThat(h.value(2)).isEqualTo("\\^&");
        assertThat(h.repeats(2)).containsExactly("\\^&");
        assertThat(h.component(11, 1)).isEqualTo("RSUPL");
        assertThat(h.value(12)).isEqualTo("P");
    }

    @Test
    void builtRecordsEscapeTheirTextAndDropTrailingEmptyFields() {
        AstmRecord built = new AstmRecordBuilder('o', STANDARD).text(3, "26|000^1\\2&3").components(5, "", "", "", "GLU")
                .repeats(6, List.of(List.of("a", "b"), List.of("c"))).text(12, "N").text(26, "").build();

        assertThat(built.text()).isEqualTo("O||26&F&000&S&1&R&2&E&3||^^^GLU|a^b\\c||||||N");
        AstmRecord read = AstmRecord.parse(built.text(), STANDARD);
        assertThat(read.value(3)).isEqualTo("26|000^1\\2&3");
        assertThat(read.component(5, 4)).isEqualTo("GLU");
        assertThat(read.value(12)).isEqualTo("N");
    }

    @Test
    void textThatNeedsEscapingCannotBeSentWithoutAnEscapeCharacter() {
        AstmDelimiters immulite = new AstmDelimiters('|', '\\', '^', AstmDelimiters.NO_ESCAPE);

        assertThatThrownBy(() -> new AstmRecordBuilder('C', immulite).text(4, "a|b")).isInstanceOf(AstmSyntaxException.class);
        assertThat(new AstmRecordBuilder('C', immulite).text(4, "plain").build().text()).isEqualTo("C|||plain");
    }

    @Test
    void unusableDelimitersAndRecordsBeforeTheHeaderAreRefused() {
        assertThatThrownBy(() -> AstmDelimiters.of("P|1")).hasMessageContaining("header");
        assertThatThrownBy(() -> AstmDelimiters.of("H|||^")).hasMessageContaining("must differ");
        assertThatThrownBy(() -> AstmMessage.decode("P|1\rH|\\^&\r")).hasMessageContaining("before the header");
    }

    @Test
    void messagesAreCutAtEachHeaderAndEncodeWithCrAfterEveryRecord() {
        List<AstmMessage> two = AstmMessage.decodeAll("H|\\^&\nP|1\r\nL|1|N\n\nH|\\^&\rL|1|N");

        assertThat(two).hasSize(2);
        assertThat(two.get(0).encode()).isEqualTo("H|\\^&\rP|1\rL|1|N\r");
        assertThat(two.get(0).terminator()).map(t -> t.value(3)).hasValue("N");
        assertThat(AstmMessage.decode("H|\\^&\rP|1\r").terminator()).as("cut short: no terminator").isEmpty();
    }
}
