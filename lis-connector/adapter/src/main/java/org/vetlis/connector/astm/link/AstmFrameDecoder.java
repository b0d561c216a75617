package org.vetlis.connector.astm.link;

import static org.vetlis.connector.astm.link.AstmControl.CR;
import static org.vetlis.connector.astm.link.AstmControl.ENQ;
import static org.vetlis.connector.astm.link.AstmControl.EOT;
import static org.vetlis.connector.astm.link.AstmControl.ETB;
import static org.vetlis.connector.astm.link.AstmControl.ETX;
import static org.vetlis.connector.astm.link.AstmControl.LF;
import static org.vetlis.connector.astm.link.AstmControl.STX;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the frames in a recorded byte stream (a capture, a trace file, a transcript): pure, no I/O. What is not
 * part of a frame (ENQ, ACK, EOT, NUL, stray bytes) is kept apart as {@link Result#outside()}. It reads every
 * variant seen in the field: frames of any length, trailers CR LF, CR or LF, no frame number, no checksum. It does
 * not judge: whether a checksum or frame number is acceptable is the receiving profile's decision.
 *
 * <p>The live link reads byte by byte in {@link AstmReceiver}; this is for data at rest.
 */
public final class AstmFrameDecoder {

    private AstmFrameDecoder() {
    }

    /** The frames, and the bytes found outside them. */
    public record Result(List<AstmFrame> frames, byte[] outside) {
    }

    public static Result decode(byte[] bytes) {
        List<AstmFrame> frames = new ArrayList<>();
        ByteArrayOutputStream outside = new ByteArrayOutputStream();
        int i = 0;
        while (i < bytes.length) {
            if (bytes[i] != STX) {
                outside.write(bytes[i++]);
                continue;
            }
            int end = endOfText(bytes, i + 1);
            if (end < 0) { // cut short: STX without ETB/ETX before the next control byte
                int next = nextControl(bytes, i + 1);
                outside.write(bytes, i, next - i);
                i = next;
                continue;
            }
            int textStart = i + 1;
            int number = AstmFrame.NO_NUMBER;
            if (textStart < end && bytes[textStart] >= '0' && bytes[textStart] <= '7') {
                number = bytes[textStart] - '0';
                textStart++;
            }
            int j = end + 1;
            int checksumStart = j;
            while (j < bytes.length && j - checksumStart < 2 && Character.digit((char) (bytes[j] & 0xFF), 16) >= 0) {
                j++;
            }
            String checksum = new String(bytes, checksumStart, j - checksumStart, StandardCharsets.US_ASCII);
            int trailerStart = j;
            if (j < bytes.length && bytes[j] == CR) {
                j++;
            }
            if (j < bytes.length && bytes[j] == LF) {
                j++;
            }
            frames.add(AstmFrame.owning(number, Arrays.copyOfRange(bytes, textStart, end), bytes[end] == ETX, checksum,
                    Arrays.copyOfRange(bytes, trailerStart, j)));
            i = j;
        }
        return new Result(frames, outside.toByteArray());
    }

    /** The ETB or ETX ending the frame text from {@code from}, or -1 when a frame-starting byte comes first. */
    private static int endOfText(byte[] bytes, int from) {
        for (int k = from; k < bytes.length; k++) {
            byte b = bytes[k];
            if (b == ETB || b == ETX) {
                return k;
            }
            if (b == STX || b == EOT || b == ENQ) {
                return -1;
            }
        }
        return -1;
    }

    private static int nextControl(byte[] bytes, int from) {
        for (int k = from; k < bytes.length; k++) {
            if (bytes[k] == STX || bytes[k] == EOT || bytes[k] == ENQ) {
                return k;
            }
        }
        return bytes.length;
    }
}
