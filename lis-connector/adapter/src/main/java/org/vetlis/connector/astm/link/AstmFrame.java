package org.vetlis.connector.astm.link;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * One E1381 frame as it was on the wire: {@code STX FN text ETB|ETX C1 C2 trailer}. Immutable; the text is the raw
 * bytes (the analyzer's character set is applied later, on whole records).
 */
public final class AstmFrame {

    public static final int NO_NUMBER = -1;

    /** The standard trailer, CR LF. */
    public static final byte[] CR_LF = {AstmControl.CR, AstmControl.LF};

    private final int number;
    private final byte[] text;
    private final boolean last;
    private final String checksum;
    private final byte[] trailer;

    /**
     * @param number   the frame number 0 to 7, or {@link #NO_NUMBER} when the sender leaves it out (tolerant profiles)
     * @param text     the frame text (copied)
     * @param last     ETX (the message ends here) rather than ETB
     * @param checksum the two checksum characters as received (empty when the sender sends none)
     * @param trailer  what followed the checksum: CR LF as the standard says, or CR or LF alone (copied)
     */
    public AstmFrame(int number, byte[] text, boolean last, String checksum, byte[] trailer) {
        this(number, text.clone(), last, checksum, trailer.clone(), true);
    }

    /** Takes the arrays as they are: for the decoder, which has just cut them from the stream. */
    private AstmFrame(int number, byte[] text, boolean last, String checksum, byte[] trailer, boolean owned) {
        this.number = number;
        this.text = text;
        this.last = last;
        this.checksum = checksum;
        this.trailer = trailer;
    }

    static AstmFrame owning(int number, byte[] text, boolean last, String checksum, byte[] trailer) {
        return new AstmFrame(number, text, last, checksum, trailer, true);
    }

    public int number() {
        return number;
    }

    /** The frame text (a copy). */
    public byte[] text() {
        return text.clone();
    }

    public boolean last() {
        return last;
    }

    public String checksum() {
        return checksum;
    }

    /** The trailer (a copy). */
    public byte[] trailer() {
        return trailer.clone();
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
        int size = 0;
        for (AstmFrame frame : frames) {
            size += frame.text.length + (frame.endsRecordWithoutCr() ? 1 : 0);
        }
        byte[] text = new byte[size];
        int at = 0;
        for (AstmFrame frame : frames) {
            System.arraycopy(frame.text, 0, text, at, frame.text.length);
            at += frame.text.length;
            if (frame.endsRecordWithoutCr()) {
                text[at++] = AstmControl.CR;
            }
        }
        return text;
    }

    private boolean endsRecordWithoutCr() {
        return last && (text.length == 0 || text[text.length - 1] != AstmControl.CR && text[text.length - 1] != AstmControl.LF);
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
