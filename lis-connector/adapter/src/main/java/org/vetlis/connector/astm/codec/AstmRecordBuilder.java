package org.vetlis.connector.astm.codec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds a record to send, field by field, numbered as E1394 numbers them ({@code O.5} is field 5). Text is
 * escaped here, so a value containing a delimiter can never shift the fields after it.
 */
public final class AstmRecordBuilder {

    private final char type;
    private final AstmDelimiters delimiters;
    private final List<String> raw = new ArrayList<>();

    public AstmRecordBuilder(char type, AstmDelimiters delimiters) {
        this.type = Character.toUpperCase(type);
        this.delimiters = delimiters;
    }

    /** Field {@code n} (2 or more) as plain text. */
    public AstmRecordBuilder text(int n, String text) {
        return raw(n, AstmEscapes.escape(text == null ? "" : text, delimiters));
    }

    /** Field {@code n} made of components, e.g. {@code components(5, "", "", "", "GLU")} for {@code ^^^GLU}. */
    public AstmRecordBuilder components(int n, String... components) {
        return raw(n, joined(Arrays.asList(components)));
    }

    /** Field {@code n} made of repeats, each a list of components, e.g. several tests in {@code O.5}. */
    public AstmRecordBuilder repeats(int n, List<List<String>> repeats) {
        List<String> parts = repeats.stream().map(this::joined).toList();
        return raw(n, String.join(String.valueOf(delimiters.repeat()), parts));
    }

    /** Field {@code n} exactly as given (already escaped), for values copied from a received record. */
    public AstmRecordBuilder raw(int n, String rawField) {
        if (n < 2) {
            throw new IllegalArgumentException("field 1 is the record type; fields to set start at 2, not " + n);
        }
        while (raw.size() < n - 1) {
            raw.add("");
        }
        raw.set(n - 2, rawField);
        return this;
    }

    public AstmRecord build() {
        return AstmRecord.of(type, raw, delimiters);
    }

    private String joined(List<String> components) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < components.size(); i++) {
            if (i > 0) {
                out.append(delimiters.component());
            }
            out.append(AstmEscapes.escape(components.get(i) == null ? "" : components.get(i), delimiters));
        }
        return out.toString();
    }
}
