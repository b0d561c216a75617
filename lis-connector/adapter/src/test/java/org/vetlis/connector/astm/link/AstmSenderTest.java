package org.vetlis.connector.astm.link;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.connector.astm.link.AstmSender.Outcome.FAILED;
import static org.vetlis.connector.astm.link.AstmSender.Outcome.IN_PROGRESS;
import static org.vetlis.connector.astm.link.AstmSender.Outcome.SENT;
import static org.vetlis.connector.astm.link.AstmSender.Outcome.YIELDED;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Wire scenarios of the sending E1381 link, with the exact bytes VetLIS puts on the wire. */
class AstmSenderTest {

    private static final byte[] ENQ = {AstmControl.ENQ};
    private static final byte[] EOT = {AstmControl.EOT};
    private static final byte[] NOTHING = {};

    private final AstmSender sender = new AstmSender();
    private final byte[] reply = "H|\\^&\rP|1\rO|1|2600001236||^^^GLU\rL|1|N\r".getBytes(US_ASCII);

    @Test
    void enqThenEachFrameOnItsAckThenEot() {
        List<byte[]> frames = AstmFrameEncoder.frames(reply, 1, 16);

        AstmSender.Step first = sender.start(List.of(reply), 16);
        assertThat(first.send()).isEqualTo(ENQ);
        assertThat(first.timer()).isEqualTo(AstmSender.ANSWER_TIMEOUT);
        for (byte[] frame : frames) {
            AstmSender.Step step = sender.onByte(AstmControl.ACK);
            assertThat(step.send()).isEqualTo(frame);
            assertThat(step.outcome()).isEqualTo(IN_PROGRESS);
        }
        AstmSender.Step last = sender.onByte(AstmControl.ACK);
        assertThat(last.send()).isEqualTo(EOT);
        assertThat(last.outcome()).isEqualTo(SENT);
        assertThat(last.timer()).isEqualTo(AstmSender.Step.STOP);
        assertThat(frames).hasSize(3);
        assertThat(new String(frames.get(1), 1, 1, US_ASCII)).isEqualTo("2");
    }

    @Test
    void aNakedFrameIsSentAgainAndTheSixthRefusalGivesUpWithEot() {
        sender.start(List.of(reply), 240);
        byte[] frame = sender.onByte(AstmControl.ACK).send();

        for (int resend = 2; resend <= AstmSender.MAX_SENDS; resend++) {
            assertThat(sender.onByte(AstmControl.NAK).send()).as("send %d", resend).isEqualTo(frame);
        }
        AstmSender.Step given = sender.onByte(AstmControl.NAK);
        assertThat(given.send()).isEqualTo(EOT);
        assertThat(given.outcome()).isEqualTo(FAILED);
        assertThat(sender.phase()).isEqualTo(AstmSender.Phase.IDLE);
    }

    @Test
    void anyOtherByteThanAckCountsAsARefusalOfTheFrame() {
        sender.start(List.of(reply), 240);
        byte[] frame = sender.onByte(AstmControl.ACK).send();

        assertThat(sender.onByte((byte) 'x').send()).isEqualTo(frame);
        assertThat(sender.onByte(AstmControl.ACK).outcome()).isEqualTo(SENT);
    }

    @Test
    void aBusyAnalyzerIsAskedAgainAfterTenSeconds() {
        sender.start(List.of(reply), 240);

        AstmSender.Step busy = sender.onByte(AstmControl.NAK);
        assertThat(busy.send()).isEqualTo(NOTHING);
        assertThat(busy.timer()).isEqualTo(AstmSender.BUSY_RETRY);
        assertThat(sender.onTimeout().send()).isEqualTo(ENQ);
        assertThat(sender.onByte(AstmControl.ACK).send()[0]).isEqualTo(AstmControl.STX);
    }

    @Test
    void contentionGivesTheLinkToTheAnalyzerWithoutAnsweringItsEnq() {
        sender.start(List.of(reply), 240);

        AstmSender.Step step = sender.onByte(AstmControl.ENQ);

        assertThat(step.outcome()).isEqualTo(YIELDED);
        assertThat(step.send()).as("its next ENQ is answered by the receiving side").isEqualTo(NOTHING);
        assertThat(sender.phase()).isEqualTo(AstmSender.Phase.IDLE);
        assertThat(sender.start(List.of(reply), 240).send()).as("tried again afterwards").isEqualTo(ENQ);
    }

    @Test
    void noAnswerWithinFifteenSecondsEndsWithEot() {
        sender.start(List.of(reply), 240);
        assertThat(sender.onByte((byte) 0).timer()).as("noise does not restart the timer").isNull();

        AstmSender.Step silent = sender.onTimeout();
        assertThat(silent.send()).isEqualTo(EOT);
        assertThat(silent.outcome()).isEqualTo(FAILED);

        sender.start(List.of(reply), 240);
        sender.onByte(AstmControl.ACK);
        assertThat(sender.onTimeout().outcome()).as("no answer to a frame").isEqualTo(FAILED);
    }

    @Test
    void eotFromTheReceiverAcceptsTheFrame() {
        sender.start(List.of(reply, reply), 240);
        sender.onByte(AstmControl.ACK);

        byte[] second = sender.onByte(AstmControl.EOT).send();

        assertThat(second[0]).isEqualTo(AstmControl.STX);
        assertThat((char) second[1]).as("frame numbers count on across messages").isEqualTo('2');
        assertThat(sender.onByte(AstmControl.ACK).outcome()).isEqualTo(SENT);
    }

    @Test
    void whatTheSenderSendsTheReceiverTakes() {
        AstmReceiver receiver = new AstmReceiver(64_000, 1_000_000);
        AstmSender.Step step = sender.start(List.of(reply), 12);
        while (step.outcome() == IN_PROGRESS) {
            byte answer = 0;
            for (byte b : step.send()) {
                LinkAction action = receiver.onByte(b);
                if (action == LinkAction.DELIVER) {
                    assertThat(receiver.completedMessage()).isEqualTo(reply);
                    action = receiver.messageStored(true);
                }
                answer = action == LinkAction.SEND_ACK ? AstmControl.ACK : action == LinkAction.SEND_NAK ? AstmControl.NAK : answer;
            }
            step = sender.onByte(answer);
        }
        assertThat(step.outcome()).isEqualTo(SENT);
        receiver.onByte(AstmControl.EOT);
        assertThat(receiver.phase()).isEqualTo(AstmReceiver.Phase.NEUTRAL);
    }
}
