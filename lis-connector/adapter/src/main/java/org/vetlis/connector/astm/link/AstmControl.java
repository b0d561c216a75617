package org.vetlis.connector.astm.link;

/** The E1381 (LIS1-A) transmission control characters, named once. */
public final class AstmControl {

    /** Start of a frame. */
    public static final byte STX = 0x02;
    /** End of the last frame of a message. */
    public static final byte ETX = 0x03;
    /** End of transmission: the link returns to neutral. */
    public static final byte EOT = 0x04;
    /** Enquiry: a sender asks for the link. */
    public static final byte ENQ = 0x05;
    /** Positive acknowledgement. */
    public static final byte ACK = 0x06;
    /** Negative acknowledgement: frame rejected, or link busy. */
    public static final byte NAK = 0x15;
    /** End of an intermediate frame: more frames of the same message follow. */
    public static final byte ETB = 0x17;
    public static final byte CR = 0x0D;
    public static final byte LF = 0x0A;

    private AstmControl() {
    }

    /** A readable rendering of bytes for logs: control characters by name, payload capped. */
    public static String visible(byte[] bytes, int offset, int length, int cap) {
        StringBuilder out = new StringBuilder();
        int end = offset + Math.min(length, cap);
        for (int i = offset; i < end; i++) {
            int b = bytes[i] & 0xFF;
            String name = switch (b) {
                case STX -> "<STX>";
                case ETX -> "<ETX>";
                case EOT -> "<EOT>";
                case ENQ -> "<ENQ>";
                case ACK -> "<ACK>";
                case NAK -> "<NAK>";
                case ETB -> "<ETB>";
                case CR -> "<CR>";
                case LF -> "<LF>";
                default -> null;
            };
            if (name != null) {
                out.append(name);
            } else if (b < 0x20 || b >= 0x7F) {
                out.append(String.format("<%02X>", b));
            } else {
                out.append((char) b);
            }
        }
        if (length > cap) {
            out.append("…(").append(length - cap).append(" more bytes)");
        }
        return out.toString();
    }
}
