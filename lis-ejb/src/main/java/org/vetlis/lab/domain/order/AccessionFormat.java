package org.vetlis.lab.domain.order;

import java.util.regex.Pattern;

/**
 * How this lab's specimen barcodes are made: an optional prefix of capital letters, the year (none, two or four
 * digits), a sequence of fixed width and a Luhn check digit (mod 10, over the digits). The default,
 * {@code YY NNNNNNN C}, gives {@code 2600001236}. The check digit catches a mistyped digit and most swapped
 * neighbours, so a scanner misread or a typo at the bench is refused instead of finding another animal's tube.
 *
 * @param prefix         0 to 4 capital letters (a site code), printed first
 * @param yearDigits     0, 2 or 4
 * @param sequenceDigits 5 to 9; the sequence wraps after the largest number of that width
 * @param checkDigit     whether a check digit ends the barcode
 */
public record AccessionFormat(String prefix, int yearDigits, int sequenceDigits, boolean checkDigit) {

    /** Two digits of the year, seven of the sequence, a check digit: {@code 2600001236}. */
    public static final AccessionFormat DEFAULT = new AccessionFormat("", 2, 7, true);

    /** What any barcode, of this format or an earlier one, may consist of. */
    private static final Pattern BARCODE = Pattern.compile("[A-Z0-9]{4,20}");

    public AccessionFormat {
        if (prefix == null || !prefix.matches("[A-Z]{0,4}")) {
            throw new IllegalArgumentException("the accession prefix must be 0 to 4 capital letters, not '" + prefix + "'");
        }
        if (yearDigits != 0 && yearDigits != 2 && yearDigits != 4) {
            throw new IllegalArgumentException("the accession year has 0, 2 or 4 digits, not " + yearDigits);
        }
        if (sequenceDigits < 5 || sequenceDigits > 9) {
            throw new IllegalArgumentException("the accession sequence has 5 to 9 digits, not " + sequenceDigits);
        }
    }

    /** The largest sequence number this format can print. */
    public long maxSequence() {
        long max = 1;
        for (int i = 0; i < sequenceDigits; i++) {
            max *= 10;
        }
        return max - 1;
    }

    /** The barcode for the {@code sequence}-th specimen (wrapped into the sequence's width) of {@code year}. */
    public AccessionNumber issue(int year, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("accession sequence must be positive, was " + sequence);
        }
        long wrapped = (sequence - 1) % maxSequence() + 1;
        String yearPart = switch (yearDigits) {
            case 2 -> String.format("%02d", Math.floorMod(year, 100));
            case 4 -> String.format("%04d", year);
            default -> "";
        };
        String digits = yearPart + String.format("%0" + sequenceDigits + "d", wrapped);
        return AccessionNumber.of(prefix + digits + (checkDigit ? String.valueOf(checkDigit(digits)) : ""));
    }

    /** Whether {@code text} has this format's shape: its prefix, then the right number of digits. */
    public boolean fits(String text) {
        String body = text.strip();
        int digits = yearDigits + sequenceDigits + (checkDigit ? 1 : 0);
        return body.length() == prefix.length() + digits && body.startsWith(prefix)
                && body.substring(prefix.length()).chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * A scanned or typed barcode: one of this format is checked (shape and check digit); another that could be a
     * barcode at all (a tube labelled before the format changed) is taken as it is, to be looked up.
     *
     * @throws IllegalArgumentException for a wrong check digit, or text that cannot be any barcode
     */
    public AccessionNumber read(String text) {
        String value = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        if (fits(value)) {
            return parse(value);
        }
        if (!BARCODE.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a specimen barcode (" + describe() + ")");
        }
        return AccessionNumber.of(value);
    }

    /**
     * A barcode that must be of this format.
     *
     * @throws IllegalArgumentException when it is not, or its check digit is wrong
     */
    public AccessionNumber parse(String text) {
        String value = text == null ? "" : text.strip();
        if (!fits(value)) {
            throw new IllegalArgumentException("'" + text + "' is not a specimen barcode (" + describe() + ")");
        }
        if (checkDigit) {
            String digits = value.substring(prefix.length(), value.length() - 1);
            if (checkDigit(digits) != value.charAt(value.length() - 1) - '0') {
                throw new IllegalArgumentException("accession number " + value + " has a wrong check digit (misread or mistyped?)");
            }
        }
        return AccessionNumber.of(value);
    }

    /** In words, for error messages: e.g. "10 digits: year, sequence, check digit". */
    public String describe() {
        int digits = yearDigits + sequenceDigits + (checkDigit ? 1 : 0);
        return (prefix.isEmpty() ? "" : prefix + " and ") + digits + " digits: " + (yearDigits > 0 ? "year, " : "") + "sequence"
                + (checkDigit ? ", check digit" : "");
    }

    /** The Luhn check digit of a string of digits. */
    static int checkDigit(String digits) {
        int sum = 0;
        boolean twice = true; // the rightmost digit of the body is doubled, as the check digit will follow it
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }
}
