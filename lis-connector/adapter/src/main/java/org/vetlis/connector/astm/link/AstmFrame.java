package org.vetlis.connector.astm.link;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * One E1381 frame as it was on the wire: {@code STX FN text ETB|ETX C1 C2 trailer}. Immutable; the text is the raw
 * bytes (the analyzer's character set is applied later, on whole records).
 *
 * @param number   the frame number 0 to 7, or {@link #NO_NUMBER} when the sender leaves it out (tolerant profiles)
 * @param text     the frame text
 * @param last     ETX (the message ends here) rather than ETB
 * @param checksum the two checksum characters as received (empty when the sender sends none)
 * @param trailer  what followed the checksum: CR LF as the standard says, or CR or LF alone
 */
public record AstmFrame(int number, byte[] text, boolean last, String checksum, byte[] trailer) {

    public static final int NO_NUMBER = -1;

    /** The standard trailer, CR LF. */
    public static final byte[] CR_LF = {AstmControl.CR, AstmControl.LF};

    public AstmFrame {
        text = text.clone();
        trailer = trailer.clone();
    }

    /** The checksum the frame should carry: over the frame number, the text and ETB/ETX. */
    public int expectedChecksum() {
        int sum = number == NO_NUMBER ? 0 : '0' + number;
        for (byte b : text) {
            sum += b & 0xFF;
        }
        return (sum + (last ? AstmControl.ETX : AstmControl.ETB)) & 0xFF;
    }

    /** Whether the received checksum characters are those of the frame (upper or lower case hex). */
    public boolean checksumValid() {
        return checksum.length() == 2 && Character.digit(checksum.charAt(0), 16) >= 0
                && Character.digit(checksum.charAt(1), 16) >= 0 && Integer.parseInt(checksum, 16) == expectedChecksum();
    }

    /** The frame's bytes with a freshly computed checksum and the given trailer. */
    public byte[] encode(byte[] withTrailer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length + 8);
        out.write(AstmControl.STX);
        if (number != NO_NUMBER) {
            out.write('0' + number);
        }
        out.writeBytes(text);
        out.write(last ? AstmControl.ETX : AstmControl.ETB);
        out.writeBytes(AstmChecksum.digits(expectedChecksum()));
        out.writeBytes(withTrailer);
        return out.toByteArray();
    }

    /**
     * The record text the frames carry, in order: frame texts joined, so a record cut by ETB (even mid-field) is
     * whole again. A frame ending in ETX also ends a record: analyzers that send one record per frame (Stago,
     * Pentra, Indiko) often leave out its CR. The E1394 messages are then the records from each H to its L,
     * whatever the framing was.
     */
    public static byte[] recordText(List<AstmFrame> frames) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        for (AstmFrame frame : frames) {
            text.writeBytes(frame.text);
            int length = frame.text.length;
            boolean endsRecord = length > 0 && (frame.text[length - 1] == AstmControl.CR || frame.text[length - 1] == AstmControl.LF);
            if (frame.last && !endsRecord) {
                text.write(AstmControl.CR);
            }
        }
        return text.toByteArray();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AstmFrame f && number == f.number && last == f.last && Arrays.equals(text, f.text)
                && checksum.equals(f.checksum) && Arrays.equals(trailer, f.trailer);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(text) * 31 + number;
    }

    @Override
    public String toString() {
        return "frame " + (number == NO_NUMBER ? "-" : number) + (last ? " ETX " : " ETB ")
                + AstmControl.visible(text, 0, text.length, 60);
    }
}
