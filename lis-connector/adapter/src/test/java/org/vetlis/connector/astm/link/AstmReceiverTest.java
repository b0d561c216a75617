package org.vetlis.connector.astm.link;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.connector.astm.link.LinkAction.DELIVER;
import static org.vetlis.connector.astm.link.LinkAction.NONE;
import static org.vetlis.connector.astm.link.LinkAction.SEND_ACK;
import static org.vetlis.connector.astm.link.LinkAction.SEND_NAK;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Wire scenarios of the receiving E1381 link, written with readable placeholders ({STX}, {CR}…). */
class AstmReceiverTest {

    private final AstmReceiver receiver = new AstmReceiver(64_000, 1_000_000);

    @Test
    void enqIsAnsweredWithAck() {
        assertThat(feed("{ENQ}")).containsExactly(SEND_ACK);
        assertThat(receiver.phase()).isEqualTo(AstmReceiver.Phase.TRANSFER);
    }

    @Test
    void singleFrameMessageIsDeliveredAndItsFrameAckedOnlyAfterStoring() {
        feed("{ENQ}");
        List<LinkAction> actions = feed(frame(1, "H|\\^&{CR}L|1|N{CR}", true));

        assertThat(actions).containsExactly(DELIVER);
        assertThat(text(receiver.completedMessage())).isEqualTo("H|\\^&{CR}L|1|N{CR}");
        assertThat(receiver.messageStored(true)).isEqualTo(SEND_ACK);
        assertThat(feed("{EOT}")).containsOnly(NONE);
        assertThat(receiver.phase()).isEqualTo(AstmReceiver.Phase.NEUTRAL);
    }

    @Test
    void recordsSplitAcrossEtbFramesAreJoinedBack() {
        feed("{ENQ}");
        assertThat(feed(frame(1, "H|\\^&{CR}P|1||PID-4", false))).containsExactly(SEND_ACK);
        assertThat(feed(frame(2, "2{CR}L|1|N{CR}", true))).containsExactly(DELIVER);
        assertThat(text(receiver.completedMessage())).isEqualTo("H|\\^&{CR}P|1||PID-42{CR}L|1|N{CR}");
    }

    @Test
    void badChecksumIsNakedAndTheRepeatedFrameAccepted() {
        feed("{ENQ}");
        byte[] good = AstmFrameEncoder.frame(1, bytes("H|\\^&{CR}"), false);
        byte[] corrupt = good.clone();
        corrupt[3] ^= 0x01;

        assertThat(feed(corrupt)).containsExactly(SEND_NAK);
        assertThat(feed(good)).containsExactly(SEND_ACK);
        assertThat(receiver.pendingMessageBytes()).isEqualTo(6);
    }

    @Test
    void repeatedFrameNumberIsAckedButNotAppendedTwice() {
        feed("{ENQ}");
        byte[] first = AstmFrameEncoder.frame(1, bytes("H|\\^&{CR}"), false);
        feed(first);
        assertThat(feed(first)).as("our ACK was lost, the analyzer sent it again").containsExactly(SEND_ACK);
        feed(frame(2, "L|1|N{CR}", true));
        assertThat(text(receiver.completedMessage())).isEqualTo("H|\\^&{CR}L|1|N{CR}");
    }

    @Test
    void wrongFrameNumberIsNaked() {
        feed("{ENQ}");
        assertThat(feed(frame(3, "H|\\^&{CR}", false))).containsExactly(SEND_NAK);
    }

    @Test
    void frameNumbersWrapFromSevenToZero() {
        feed("{ENQ}");
        for (int n = 1; n <= 7; n++) {
            assertThat(feed(frame(n, "R|" + n + "{CR}", false))).containsExactly(SEND_ACK);
        }
        assertThat(feed(frame(0, "L|1|N{CR}", true))).containsExactly(DELIVER);
    }

    @Test
    void failedStoreNaksTheLastFrameSoTheAnalyzerSendsItAgain() {
        feed("{ENQ}");
        feed(frame(1, "H|\\^&{CR}", false));
        byte[] last = AstmFrameEncoder.frame(2, bytes("L|1|N{CR}"), true);
        assertThat(feed(last)).containsExactly(DELIVER);
        assertThat(receiver.messageStored(false)).isEqualTo(SEND_NAK);

        assertThat(feed(last)).containsExactly(DELIVER);
        assertThat(text(receiver.completedMessage())).isEqualTo("H|\\^&{CR}L|1|N{CR}");
        assertThat(receiver.messageStored(true)).isEqualTo(SEND_ACK);
    }

    @Test
    void framesSplitAcrossReadsAndSeveralFramesInOneReadAreHandled() {
        feed("{ENQ}");
        byte[] one = AstmFrameEncoder.frame(1, bytes("H|\\^&{CR}"), false);
        byte[] two = AstmFrameEncoder.frame(2, bytes("L|1|N{CR}"), true);
        byte[] both = new byte[one.length + two.length];
        System.arraycopy(one, 0, both, 0, one.length);
        System.arraycopy(two, 0, both, one.length, two.length);

        List<LinkAction> actions = new ArrayList<>();
        for (byte b : both) {
            actions.add(receiver.onByte(b));
        }
        assertThat(actions).filteredOn(a -> a != NONE).containsExactly(SEND_ACK, DELIVER);
    }

    @Test
    void severalMessagesInOneTransmissionKeepCountingFrameNumbers() {
        feed("{ENQ}");
        assertThat(feed(frame(1, "H|\\^&{CR}L|1|N{CR}", true))).containsExactly(DELIVER);
        receiver.messageStored(true);
        assertThat(feed(frame(2, "H|\\^&{CR}L|1|N{CR}", true))).containsExactly(DELIVER);
    }

    @Test
    void eotDropsAnIncompleteMessage() {
        feed("{ENQ}");
        feed(frame(1, "H|\\^&{CR}", false));
        feed("{EOT}");
        assertThat(receiver.pendingMessageBytes()).isZero();
        assertThat(feed("{ENQ}")).containsExactly(SEND_ACK);
        assertThat(feed(frame(1, "L|1|N{CR}", true))).containsExactly(DELIVER);
        assertThat(text(receiver.completedMessage())).isEqualTo("L|1|N{CR}");
    }

    @Test
    void eotRightAfterEnqIsANormalEmptySession() {
        assertThat(feed("{ENQ}{EOT}")).containsExactly(SEND_ACK, NONE);
        assertThat(receiver.phase()).isEqualTo(AstmReceiver.Phase.NEUTRAL);
    }

    @Test
    void oneRecordPerEtxFrameMakesOneMessageDeliveredWithItsTerminator() {
        feed("{ENQ}");
        assertThat(feed(frame(1, "H|\\^&|||STA Satellite Max{CR}", true))).containsExactly(SEND_ACK);
        assertThat(feed(frame(2, "P|1", true))).as("a record without its CR").containsExactly(SEND_ACK);
        assertThat(feed(frame(3, "R|1|^^^SPT|12.3|S{CR}", true))).containsExactly(SEND_ACK);
        assertThat(feed(frame(4, "L|1|N{CR}", true))).containsExactly(DELIVER);

        assertThat(text(receiver.completedMessage())).isEqualTo("H|\\^&|||STA Satellite Max{CR}P|1R|1|^^^SPT|12.3|S{CR}L|1|N{CR}");
        assertThat(receiver.completedMessageIsWhole()).isTrue();
        assertThat(receiver.messageStored(true)).isEqualTo(SEND_ACK);
    }

    @Test
    void recordsAcknowledgedInEtxFramesAreDeliveredWhenTheTransmissionBreaksOff() {
        feed("{ENQ}");
        feed(frame(1, "H|\\^&{CR}", true));
        feed(frame(2, "R|1|^^^GLU|5.4{CR}", true));
        feed(frame(3, "C|1|I|cut", false));

        assertThat(feed("{EOT}")).containsExactly(DELIVER);
        assertThat(text(receiver.completedMessage())).as("the ETB part is dropped, the acknowledged records kept")
                .isEqualTo("H|\\^&{CR}R|1|^^^GLU|5.4{CR}");
        assertThat(receiver.completedMessageIsWhole()).isFalse();
        assertThat(receiver.messageStored(true)).as("nothing left to answer").isEqualTo(NONE);
        assertThat(receiver.phase()).isEqualTo(AstmReceiver.Phase.NEUTRAL);
    }

    @Test
    void silenceAfterAcknowledgedEtxFramesDeliversThemToo() {
        feed("{ENQ}");
        feed(frame(1, "H|\\^&{CR}", true));

        assertThat(receiver.receiveTimeout()).isEqualTo(DELIVER);
        assertThat(text(receiver.completedMessage())).isEqualTo("H|\\^&{CR}");
    }

    @Test
    void framesAreAnsweredAtTheirChecksumWhateverTrailerFollows() {
        feed("{ENQ}");
        byte[] standard = AstmFrameEncoder.frame(1, bytes("H|\\^&{CR}"), false);
        byte[] crOnly = java.util.Arrays.copyOf(standard, standard.length - 1);
        byte[] two = AstmFrameEncoder.frame(2, bytes("L|1|N{CR}"), true);
        byte[] lfOnly = java.util.Arrays.copyOf(two, two.length - 1);
        lfOnly[lfOnly.length - 1] = AstmControl.LF;

        assertThat(feed(crOnly)).containsExactly(SEND_ACK);
        assertThat(feed(lfOnly)).containsExactly(DELIVER);
    }

    @Test
    void theSameFrameNumberWithOtherTextIsNewTextNotARetransmission() {
        feed("{ENQ}");
        feed(frame(1, "H|\\^&{CR}", true));
        feed(frame(2, "O|1||QC-1{CR}", true));
        assertThat(feed(frame(2, "R|1|^^^^WBC^1|16.74{CR}", true))).as("Sysmex XN QC numbers two frames 2").containsExactly(SEND_ACK);
        feed(frame(3, "L|1|N{CR}", true));

        assertThat(text(receiver.completedMessage())).contains("O|1||QC-1{CR}R|1|^^^^WBC^1|16.74{CR}");
    }

    @Test
    void aTolerantReceiverTakesFramesWithoutNumberOrChecksumAndAnswersAtTheirEnd() {
        AstmReceiver tolerant = new AstmReceiver(64_000, 1_000_000, true);
        List<LinkAction> actions = new ArrayList<>();
        for (byte b : bytes("{ENQ}{STX}H|\\^&|||Maglumi{CR}{ETX}{STX}1R|1|^^^TSH|2.1{CR}{ETX}5A{CR}{LF}{STX}L|1|N{CR}{ETX}")) {
            LinkAction action = tolerant.onByte(b);
            if (action != NONE) {
                actions.add(action);
            }
        }

        assertThat(actions).containsExactly(SEND_ACK, SEND_ACK, SEND_ACK, DELIVER);
        assertThat(text(tolerant.completedMessage())).as("a leading frame number is dropped, a trailing checksum passed over")
                .isEqualTo("H|\\^&|||Maglumi{CR}R|1|^^^TSH|2.1{CR}L|1|N{CR}");
    }

    @Test
    void aStrictReceiverRefusesAFrameWithoutChecksum() {
        feed("{ENQ}");
        assertThat(feed("{STX}H|\\^&{CR}{ETX}{CR}{LF}")).containsExactly(SEND_NAK);
    }

    @Test
    void terminatorRecordsAreRecognisedButNotOtherRecordsStartingWithL() {
        assertThat(AstmReceiver.endsWithTerminatorRecord(bytes("H|\\^&{CR}L|1|N{CR}"))).isTrue();
        assertThat(AstmReceiver.endsWithTerminatorRecord(bytes("H|\\^&{CR}L{CR}{LF}"))).isTrue();
        assertThat(AstmReceiver.endsWithTerminatorRecord(bytes("H|\\^&{CR}l|1"))).isTrue();
        assertThat(AstmReceiver.endsWithTerminatorRecord(bytes("H|\\^&{CR}R|1|L{CR}"))).isFalse();
        assertThat(AstmReceiver.endsWithTerminatorRecord(bytes("H|\\^&{CR}LAB|1{CR}"))).isFalse();
    }

    @Test
    void receiveTimeoutDropsThePartialMessage() {
        feed("{ENQ}");
        feed(frame(1, "H|\\^&{CR}", false));
        assertThat(receiver.receiveTimeout()).isEqualTo(NONE);
        assertThat(receiver.phase()).isEqualTo(AstmReceiver.Phase.NEUTRAL);
        assertThat(receiver.pendingMessageBytes()).isZero();
    }

    @Test
    void frameLongerThanTheLimitIsNaked() {
        AstmReceiver small = new AstmReceiver(16, 1000);
        small.onByte(AstmControl.ENQ);
        List<LinkAction> actions = new ArrayList<>();
        for (byte b : AstmFrameEncoder.frame(1, bytes("X".repeat(40)), true)) {
            actions.add(small.onByte(b));
        }
        assertThat(actions).filteredOn(a -> a != NONE).containsExactly(SEND_NAK);
    }

    @Test
    void checksumIsOverRawLatin1Bytes() {
        feed("{ENQ}");
        byte[] text = "H|\\^&{CR}R|1|^^^COVID|DÉTECTÉ{CR}L|1|N{CR}".replace("{CR}", "\r").getBytes(ISO_8859_1);
        assertThat(feed(AstmFrameEncoder.frame(1, text, true))).containsExactly(DELIVER);
        assertThat(receiver.completedMessage()).isEqualTo(text);
    }

    @Test
    void frameWithoutCrBeforeLfIsAccepted() {
        feed("{ENQ}");
        byte[] frame = AstmFrameEncoder.frame(1, bytes("L|1|N{CR}"), true);
        byte[] noCr = new byte[frame.length - 1];
        System.arraycopy(frame, 0, noCr, 0, frame.length - 2);
        noCr[noCr.length - 1] = AstmControl.LF;
        assertThat(feed(noCr)).containsExactly(DELIVER);
    }

    @Test
    void encoderCutsMessagesInto240ByteFramesThatTheReceiverJoins() {
        String message = "H|\\^&{CR}" + "R|1|^^^GLU|5.5|mmol/L{CR}".repeat(30) + "L|1|N{CR}";
        List<byte[]> frames = AstmFrameEncoder.frames(bytes(message), 1, AstmFrameEncoder.DEFAULT_FRAME_TEXT);
        assertThat(frames).hasSizeGreaterThan(2);
        feed("{ENQ}");
        List<LinkAction> actions = new ArrayList<>();
        frames.forEach(f -> actions.addAll(feed(f)));
        assertThat(actions.get(actions.size() - 1)).isEqualTo(DELIVER);
        assertThat(actions.subList(0, actions.size() - 1)).containsOnly(SEND_ACK);
        assertThat(receiver.completedMessage()).isEqualTo(bytes(message));
    }

    // ---- readable fixtures

    private static byte[] frame(int frameNumber, String text, boolean last) {
        return AstmFrameEncoder.frame(frameNumber, bytes(text), last);
    }

    private List<LinkAction> feed(String wire) {
        return feed(bytes(wire));
    }

    /** Feeds bytes and keeps the actions that send something (or, for a lone byte, NONE too). */
    private List<LinkAction> feed(byte[] wire) {
        List<LinkAction> actions = new ArrayList<>();
        for (byte b : wire) {
            LinkAction action = receiver.onByte(b);
            if (action != NONE || wire.length <= 2) {
                actions.add(action);
            }
        }
        return actions;
    }

    static byte[] bytes(String readable) {
        return readable.replace("{ENQ}", "\u0005").replace("{EOT}", "\u0004").replace("{STX}", "\u0002")
                .replace("{ETX}", "\u0003").replace("{ETB}", "\u0017").replace("{CR}", "\r").replace("{LF}", "\n")
                .getBytes(ISO_8859_1);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, ISO_8859_1).replace("\r", "{CR}");
    }
}
