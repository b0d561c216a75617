package org.vetlis.connector.hl7;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The fields of an HL7 v2 message header (MSH) as written, read without a parser: for what must be known before a
 * parser can run, or when none can (the character set of MSH-18, the control ID of MSH-10 of a message that is not
 * valid HL7). The header is ASCII whatever the message's character set.
 */
public final class Hl7Header {

    /** Far more than any header; the rest of a message is never looked at. */
    private static final int HEADER_BYTES = 1024;

    private Hl7Header() {
    }

    /** MSH-{@code field} of a message as received; empty when there is no header or no such field. */
    public static String field(byte[] message, int field) {
        return field(new String(message, 0, Math.min(message.length, HEADER_BYTES), StandardCharsets.ISO_8859_1), field);
    }

    /**
     * MSH-{@code field}, numbered as the standard numbers them (MSH-1 is the field separator, so fields from 2 on can be
     * asked for); empty when {@code text} does not start with a header or it has no such field.
     */
    public static String field(String text, int field) {
        int end = firstSegmentEnd(text);
        String msh = end < 0 ? text : text.substring(0, end);
        if (!msh.startsWith("MSH") || msh.length() < 4 || field < 2) {
            return "";
        }
        String[] fields = msh.split(Pattern.quote(msh.substring(3, 4)), -1);
        return fields.length > field - 1 ? fields[field - 1] : "";
    }

    private static int firstSegmentEnd(String text) {
        int cr = text.indexOf('\r');
        int lf = text.indexOf('\n');
        return cr < 0 ? lf : lf < 0 ? cr : Math.min(cr, lf);
    }
}
