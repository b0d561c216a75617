package org.vetlis.connector.hl7.mllp;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class MllpReceiverTest {

    private static final String ORU = "MSH|^~\\&|XN|LAB|LIS|LAB|20261124120000||ORU^R01|1001|P|2.3.1\r"
            + "OBR|1|2600001236|||||20261124115500\rOBX|1|NM|WBC||8.1|10*9/L|5.5-16.9|N|||F\r";
    private static final String QRY = "MSH|^~\\&|CL|LAB|LIS|LAB|20261124120000||QRY^Q02|1002|P|2.3.1\r"
            + "QRD|20261124120000|R|D|1|||RD|2600001236|OTH|||T\r";

    @Test
    void aBlockBecomesOneMessageWithoutItsFraming() {
        List<String> messages = feed(new MllpReceiver(1 << 20), Mllp.frame(ORU.getBytes(ISO_8859_1)));

        assertThat(messages).containsExactly(ORU);
    }

    @Test
    void blocksSplitAcrossReadsAndSeveralInOneReadAreEachDeliveredWhole() {
        MllpReceiver receiver = new MllpReceiver(1 << 20);
        byte[] two = concat(Mllp.frame(ORU.getBytes(ISO_8859_1)), Mllp.frame(QRY.getBytes(ISO_8859_1)));
        List<String> messages = new ArrayList<>();

        for (int cut = 0; cut < two.length; cut += 7) { // reads of 7 bytes, cutting blocks anywhere
            byte[] read = java.util.Arrays.copyOfRange(two, cut, Math.min(two.length, cut + 7));
            messages.addAll(feed(receiver, read));
        }

        assertThat(messages).containsExactly(ORU, QRY);
    }

    @Test
    void bytesBetweenBlocksAreSkippedAndCounted() {
        MllpReceiver receiver = new MllpReceiver(1 << 20);
        byte[] stream = concat("\r\nkeep-alive\r\n".getBytes(ISO_8859_1), Mllp.frame(ORU.getBytes(ISO_8859_1)));

        assertThat(feed(receiver, stream)).containsExactly(ORU);
        assertThat(receiver.skippedBytes()).isEqualTo(14);
    }

    @Test
    void aBlockEndedWithoutItsCarriageReturnIsDeliveredAndTheNextBlockStillRead() {
        byte[] first = ("\u000b" + ORU + "\u001c").getBytes(ISO_8859_1);
        byte[] stream = concat(first, Mllp.frame(QRY.getBytes(ISO_8859_1)));

        assertThat(feed(new MllpReceiver(1 << 20), stream)).containsExactly(ORU, QRY);
    }

    @Test
    void aMessageOverTheLimitIsReportedAndNotDeliveredAndTheNextOneIs() {
        MllpReceiver receiver = new MllpReceiver(64);
        List<MllpReceiver.Event> events = new ArrayList<>();
        byte[] stream = concat(Mllp.frame(ORU.getBytes(ISO_8859_1)), Mllp.frame("MSH|^~\\&|short\r".getBytes(ISO_8859_1)));
        List<String> delivered = new ArrayList<>();
        for (byte b : stream) {
            MllpReceiver.Event e = receiver.onByte(b);
            if (e != MllpReceiver.Event.NONE) {
                events.add(e);
            }
            if (e == MllpReceiver.Event.MESSAGE) {
                delivered.add(new String(receiver.message(), ISO_8859_1));
            }
        }

        assertThat(events).containsExactly(MllpReceiver.Event.TOO_LONG, MllpReceiver.Event.MESSAGE);
        assertThat(delivered).containsExactly("MSH|^~\\&|short\r");
    }

    @Test
    void aStopWaitsOnlyWhileABlockIsOpen() {
        MllpReceiver receiver = new MllpReceiver(1 << 20);
        assertThat(receiver.inMessage()).isFalse();
        receiver.onByte(Mllp.START_BLOCK);
        receiver.onByte((byte) 'M');
        assertThat(receiver.inMessage()).isTrue();
        receiver.onByte(Mllp.END_BLOCK);
        receiver.onByte(Mllp.CARRIAGE_RETURN);
        assertThat(receiver.inMessage()).isFalse();
        assertThatThrownBy(() -> new MllpReceiver(1 << 20).message()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theFramedCorpusCaptureUnframesToAnHl7Message() throws IOException {
        byte[] capture;
        try (InputStream in = getClass().getResourceAsStream("/corpus/hl7/siemens-clinitek-status_oru-r01_mllp.hl7")) {
            capture = in.readAllBytes();
        }
        List<String> messages = feed(new MllpReceiver(1 << 20), capture);

        assertThat(messages).isNotEmpty().allSatisfy(m -> assertThat(m).startsWith("MSH|^~\\&|").contains("\rOBX|"));
    }

    private static List<String> feed(MllpReceiver receiver, byte[] bytes) {
        List<String> messages = new ArrayList<>();
        for (byte b : bytes) {
            if (receiver.onByte(b) == MllpReceiver.Event.MESSAGE) {
                messages.add(new String(receiver.message(), ISO_8859_1));
            }
        }
        return messages;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
