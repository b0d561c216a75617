package org.vetlis.lab.domain.order;

import java.util.Objects;

/**
 * The barcode of a specimen: two digits of the year, a seven-digit sequence and a check digit (Luhn, mod 10),
 * e.g. {@code 2600001236}. The check digit catches a mistyped digit and most swapped neighbours, so a scanner
 * misread or a typo at the bench is refused instead of finding another animal's tube.
 */
public final class AccessionNumber {

    /** Sequences per year: seven digits. */
    public static final long MAX_SEQUENCE = 9_999_999L;

    private final String value;

    private AccessionNumber(String value) {
        this.value = value;
    }

    /** The number for the {@code sequence}-th specimen of {@code year}. */
    public static AccessionNumber issue(int year, long sequence) {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("accession sequence must be 1 to " + MAX_SEQUENCE + ", was " + sequence);
        }
        String body = String.format("%02d%07d", Math.floorMod(year, 100), sequence);
        return new AccessionNumber(body + checkDigit(body));
    }

    /** A scanned or typed barcode, checked; surrounding spaces are ignored. */
    public static AccessionNumber parse(String text) {
        String value = Objects.requireNonNull(text, "text").strip();
        if (!value.matches("\\d{10}")) {
            throw new IllegalArgumentException("an accession number has 10 digits, not '" + text + "'");
        }
        if (checkDigit(value.substring(0, 9)) != value.charAt(9) - '0') {
            throw new IllegalArgumentException("accession number " + value + " has a wrong check digit (misread or mistyped?)");
        }
        return new AccessionNumber(value);
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

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccessionNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
