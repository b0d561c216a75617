package org.vetlis.connector.astm.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An E1394 message: the ordered records from the header (H) to the terminator (L), immutable. Decoding reads the
 * delimiters from the header, then splits records on CR (LF and CR LF are accepted too, as analyzers and files
 * use them); encoding ends every record with CR, as the standard says.
 */
public final class AstmMessage {

    public static final char RECORD_END = '\r';

    private final AstmDelimiters delimiters;
    private final List<AstmRecord> records;

    private AstmMessage(AstmDelimiters delimiters, List<AstmRecord> records) {
        this.delimiters = delimiters;
        this.records = List.copyOf(records);
    }

    /**
     * The message in {@code text} (records of one message; see {@link #decodeAll} for several).
     *
     * @throws AstmSyntaxException when the text does not start with a header record
     */
    public static AstmMessage decode(String text) {
        List<AstmMessage> messages = decodeAll(text);
        if (messages.size() != 1) {
            throw new AstmSyntaxException("expected one message, found " + messages.size());
        }
        return messages.get(0);
    }

    /**
     * Every message in {@code text}, each starting at its header. Blank lines are skipped; a digit in front of a
     * record's type letter is a frame number left by a sender that strips only STX and checksum, and is dropped.
     *
     * @throws AstmSyntaxException when records come before the first header
     */
    public static List<AstmMessage> decodeAll(String text) {
        List<AstmMessage> messages = new ArrayList<>();
        AstmDelimiters delimiters = null;
        List<AstmRecord> records = new ArrayList<>();
        int from = 0;
        int length = text.length();
        while (from < length) {
            int end = from;
            while (end < length && text.charAt(end) != '\r' && text.charAt(end) != '\n') {
                end++;
            }
            String line = withoutFrameNumber(text.substring(from, end));
            from = end + 1;
            if (line.isBlank()) {
                continue;
            }
            if (Character.toUpperCase(line.charAt(0)) == 'H') {
                if (delimiters != null) {
                    messages.add(new AstmMessage(delimiters, records));
                    records = new ArrayList<>();
                }
                delimiters = AstmDelimiters.of(line);
            } else if (delimiters == null) {
                throw new AstmSyntaxException("a record before the header: '" + line.substring(0, Math.min(line.length(), 20)) + "'");
            }
            records.add(AstmRecord.parse(line, delimiters));
        }
        if (delimiters != null) {
            messages.add(new AstmMessage(delimiters, records));
        }
        return messages;
    }

    /** A message to send; the first record must be the header. */
    public static AstmMessage of(List<AstmRecord> records) {
        if (records.isEmpty() || records.get(0).type() != 'H') {
            throw new AstmSyntaxException("a message starts with its header record");
        }
        return new AstmMessage(records.get(0).delimiters(), records);
    }

    /** The records, each followed by CR. */
    public String encode() {
        StringBuilder out = new StringBuilder(records.size() * 64);
        for (AstmRecord record : records) {
            out.append(record.text()).append(RECORD_END);
        }
        return out.toString();
    }

    public AstmDelimiters delimiters() {
        return delimiters;
    }

    public List<AstmRecord> records() {
        return records;
    }

    /** The records of one type, in order. */
    public List<AstmRecord> records(char type) {
        char wanted = Character.toUpperCase(type);
        return records.stream().filter(r -> r.type() == wanted).toList();
    }

    public AstmRecord header() {
        return records.get(0);
    }

    /** The terminator record, when the message has one (a message cut short has none). */
    public Optional<AstmRecord> terminator() {
        AstmRecord last = records.get(records.size() - 1);
        return last.type() == 'L' ? Optional.of(last) : Optional.empty();
    }

    private static String withoutFrameNumber(String line) {
        if (line.length() > 1 && line.charAt(0) >= '0' && line.charAt(0) <= '7' && Character.isLetter(line.charAt(1))) {
            return line.substring(1);
        }
        return line;
    }

    @Override
    public String toString() {
        return records.size() + " records: " + records.stream().map(r -> String.valueOf(r.type())).reduce("", String::concat);
    }
}
