package org.vetlis.connector.astm.codec;

import java.util.ArrayList;
import java.util.List;

/**
 * One E1394 record (H, P, O, R, C, Q, M, S, L), immutable, kept as the text it arrived as so that it re-encodes
 * byte for byte. Fields are numbered as the standard numbers them: the type letter is field 1 ({@code R.3} is the
 * test, {@code L.3} the termination code). Fields are split on first use; a field the record does not carry reads
 * as empty, as E1394 lets senders drop trailing empty fields.
 */
public final class AstmRecord {

    private final String text;
    private final AstmDelimiters delimiters;
    private AstmRecord(String text, AstmDelimiters delimiters) {
        this.text = text;
        this.delimiters = delimiters;
    }

    /**
     * A record as received (without its CR).
     *
     * @throws AstmSyntaxException for an empty record
     */
    public static AstmRecord parse(String text, AstmDelimiters delimiters) {
        if (text.isEmpty()) {
            throw new AstmSyntaxException("an empty record");
        }
        return new AstmRecord(text, delimiters);
    }

    /** A record made of raw (already escaped) field texts, from field 2 on; see {@link AstmRecordBuilder}. */
    static AstmRecord of(char type, List<String> rawFieldsFrom2, AstmDelimiters delimiters) {
        StringBuilder text = new StringBuilder().append(type);
        int last = rawFieldsFrom2.size();
        while (last > 0 && rawFieldsFrom2.get(last - 1).isEmpty()) {
            last--; // trailing empty fields are left out, as E1394 allows
        }
        for (int i = 0; i < last; i++) {
            text.append(delimiters.field()).append(rawFieldsFrom2.get(i));
        }
        return new AstmRecord(text.toString(), delimiters);
    }

    /** The record type, upper case (E1394 allows lower case on the wire). */
    public char type() {
        return Character.toUpperCase(text.charAt(0));
    }

    /** The record exactly as received or built, without the CR that ends it. */
    public String text() {
        return text;
    }

    public AstmDelimiters delimiters() {
        return delimiters;
    }

    /** How many fields the record carries, the type letter included. */
    public int fieldCount() {
        int count = 1;
        for (int i = text.indexOf(delimiters.field()); i >= 0; i = text.indexOf(delimiters.field(), i + 1)) {
            count++;
        }
        return count;
    }

    /**
     * Field {@code n} (1 = the type) as written, escapes and all; empty when the record does not carry it. Found by
     * scanning from the start each time, with nothing allocated but the result: the fields a reader wants (test,
     * value, unit, flags) come early in the record, and most records are read once.
     */
    public String raw(int n) {
        int[] field = nth(text, 0, text.length(), delimiters.field(), n);
        return field == null ? "" : text.substring(field[0], field[1]);
    }

    /** Field {@code n} as text: escapes resolved, repeats and components left in (for fields that have none). */
    public String value(int n) {
        return AstmEscapes.unescape(raw(n), delimiters);
    }

    /** The repeats of field {@code n}, as written; one (maybe empty) repeat for an empty field. */
    public List<String> repeats(int n) {
        return n == 2 && type() == 'H' ? List.of(raw(2)) : split(raw(n), delimiters.repeat());
    }

    /** Component {@code c} (1-based) of the first repeat of field {@code n}, unescaped; empty when absent. */
    public String component(int n, int c) {
        return component(n, 1, c);
    }

    /** Component {@code c} of repeat {@code r} (both 1-based) of field {@code n}, unescaped; empty when absent. */
    public String component(int n, int r, int c) {
        String field = raw(n);
        if (n == 2 && type() == 'H') {
            return r == 1 && c == 1 ? field : "";
        }
        // found by scanning, without splitting the field into lists: this runs for every result read
        int[] repeat = nth(field, 0, field.length(), delimiters.repeat(), r);
        if (repeat == null) {
            return "";
        }
        int[] component = nth(field, repeat[0], repeat[1], delimiters.component(), c);
        return component == null ? "" : AstmEscapes.unescape(field.substring(component[0], component[1]), delimiters);
    }

    /** Start and end of the {@code k}-th (1-based) part of {@code s[from, to)} separated by {@code separator}, or null. */
    private static int[] nth(String s, int from, int to, char separator, int k) {
        if (k < 1) {
            return null;
        }
        int start = from;
        for (int part = 1; part < k; part++) {
            int next = s.indexOf(separator, start);
            if (next < 0 || next >= to) {
                return null;
            }
            start = next + 1;
        }
        int end = s.indexOf(separator, start);
        return new int[] {start, end < 0 || end > to ? to : end};
    }

    /** The components of repeat {@code r} of field {@code n}, unescaped. */
    public List<String> components(int n, int r) {
        List<String> repeats = repeats(n);
        if (r < 1 || r > repeats.size()) {
            return List.of();
        }
        return split(repeats.get(r - 1), delimiters.component()).stream().map(s -> AstmEscapes.unescape(s, delimiters)).toList();
    }

    /** Splits on one character, keeping empty parts (no regular expression: this runs for every field). */
    static List<String> split(String s, char separator) {
        List<String> parts = new ArrayList<>(8);
        int from = 0;
        for (int i = s.indexOf(separator); i >= 0; i = s.indexOf(separator, from)) {
            parts.add(s.substring(from, i));
            from = i + 1;
        }
        parts.add(s.substring(from));
        return parts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AstmRecord other && text.equals(other.text) && delimiters.equals(other.delimiters);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
