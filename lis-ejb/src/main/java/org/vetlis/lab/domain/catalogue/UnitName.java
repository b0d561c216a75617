package org.vetlis.lab.domain.catalogue;

import java.util.Locale;

/**
 * Unit names compared the way analyzers write them: {@code umol/L}, {@code µmol/l} (micro sign) and {@code μmol/L}
 * (Greek mu) are one unit, spaces and case do not matter, and {@code 10*9/L} is {@code 10^9/L}. Nothing else is taken
 * as equal: {@code mg/dL} and {@code mmol/L} are different units, not spellings.
 */
public final class UnitName {

    private UnitName() {
    }

    public static boolean same(String a, String b) {
        return normal(a).equals(normal(b));
    }

    /** The form compared; empty for no unit. */
    static String normal(String unit) {
        if (unit == null) {
            return "";
        }
        return unit.strip().replace(" ", "").replace('\u00b5', 'u').replace('\u03bc', 'u').replace("10*", "10^").toLowerCase(Locale.ROOT);
    }
}
