package org.vetlis.connector.astm.link;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** Builds E1381 frames: {@code STX FN text ETB|ETX C1 C2 CR LF}, the checksum over FN through ETB/ETX. */
public final class AstmFrameEncoder {

    /** Frame text length a sender uses by default (E1381's 240; LIS1-A allows more). */
    public static final int DEFAULT_FRAME_TEXT = 240;

    private AstmFrameEncoder() {
    }

    /** One frame with frame number {@code frameNumber} (taken modulo 8). */
    public static byte[] frame(int frameNumber, byte[] text, boolean last) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length + 7);
        out.write(AstmControl.STX);
        out.write('0' + Math.floorMod(frameNumber, 8));
        out.writeBytes(text);
        out.write(last ? AstmControl.ETX : AstmControl.ETB);
        byte[] sofar = out.toByteArray();
        out.writeBytes(AstmChecksum.digits(AstmChecksum.of(sofar, 1, sofar.length)));
        out.write(AstmControl.CR);
        out.write(AstmControl.LF);
        return out.toByteArray();
    }

    /**
     * A whole message cut into frames of at most {@code maxText} text bytes, numbered from
     * {@code firstFrameNumber}; all but the last end in ETB.
     */
    public static List<byte[]> frames(byte[] message, int firstFrameNumber, int maxText) {
        if (maxText < 1) {
            throw new IllegalArgumentException("maxText must be positive: " + maxText);
        }
        List<byte[]> frames = new ArrayList<>();
        int frameNumber = firstFrameNumber;
        for (int from = 0; from < message.length || frames.isEmpty(); from += maxText) {
            int to = Math.min(message.length, from + maxText);
            byte[] text = java.util.Arrays.copyOfRange(message, from, to);
            frames.add(frame(frameNumber++, text, to == message.length));
        }
        return frames;
    }
}
