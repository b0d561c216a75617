package org.vetlis.lab.domain.patient;

import java.util.Locale;

/**
 * A transponder number. ISO 11784/11785 chips carry 15 digits; older chips (AVID, FECAVA/Trovan) 9 or 10
 * letters and digits. Spaces, dots and dashes that readers and people put in are removed, letters upper-cased.
 */
public final class Microchip {

    private Microchip() {
    }

    /** The normalised number, or an {@link IllegalArgumentException} saying what is wrong. */
    public static String normalise(String raw) {
        String value = raw.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
        if (value.matches("\\d{15}") || value.matches("[0-9A-Z]{9,10}")) {
            return value;
        }
        throw new IllegalArgumentException("a microchip has 15 digits (ISO 11784) or 9-10 letters and digits, not '" + raw + "'");
    }
}
