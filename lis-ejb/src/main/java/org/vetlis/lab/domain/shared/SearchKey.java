package org.vetlis.lab.domain.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A name as people search for it: lower case, accents and other marks removed, spaces collapsed, so "Müller",
 * "MULLER" and "muller" are one key, and a prefix of the key finds the name. Stored beside the name and indexed.
 */
public final class SearchKey {

    private SearchKey() {
    }

    public static String of(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}", "").replace("ß", "ss").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
