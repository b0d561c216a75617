package org.vetlis.connector.astm.link;

import java.nio.charset.StandardCharsets;

/**
 * The E1381 frame checksum (LIS1-A §6.3.3): the sum of the byte values from the frame number
 * through ETB or ETX, modulo 256, written as two upper-case hex digits, high nibble first.
 *
 * <p>Always computed over the raw bytes, never over decoded text: a Latin-1 result decoded as UTF-8
 * first would change the sum and reject every frame of that analyzer.
 */
public final class AstmChecksum {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private AstmChecksum() {
    }

    /** The checksum of {@code bytes[from, to)}. */
    public static int of(byte[] bytes, int from, int to) {
        int sum = 0;
        for (int i = from; i < to; i++) {
            sum += bytes[i] & 0xFF;
        }
        return sum & 0xFF;
    }

    /** The two ASCII hex digits that carry {@code checksum} on the wire. */
    public static byte[] digits(int checksum) {
        return new byte[] {HEX[(checksum >> 4) & 0xF], HEX[checksum & 0xF]};
    }

    /** True when the two bytes at {@code at} are the hex digits of {@code checksum} (lower case accepted). */
    public static boolean matches(byte[] bytes, int at, int checksum) {
        return at + 1 < bytes.length
                && hexValue(bytes[at]) == ((checksum >> 4) & 0xF)
                && hexValue(bytes[at + 1]) == (checksum & 0xF);
    }

    private static int hexValue(byte b) {
        return Character.digit((char) (b & 0xFF), 16);
    }
}
