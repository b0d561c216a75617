package org.vetlis.connector.astm.profile;

import java.util.ArrayList;
import java.util.List;

import org.vetlis.connector.astm.codec.AstmRecord;

/**
 * Where the specimen barcode sits and how to clean it. O.3 carries it in component 1 ({@code 2600001236}, or
 * {@code 2600001236^01^5} with rack and cup); Q.3 in component 2 ({@code ^2600001236}); Roche puts it in
 * component 3 ({@code ^^0000000387^587^0^2}). Some analyzers pad it with spaces or zeros, or add a prefix. The
 * first non-empty component from the configured one on is taken, then spaces, the prefix and (if set) leading
 * zeros are removed.
 */
public record SampleIdRule(int orderComponent, int queryComponent, String stripPrefix, boolean stripLeadingZeros) {

    public static final SampleIdRule STANDARD = new SampleIdRule(1, 2, "", false);

    public SampleIdRule {
        if (orderComponent < 1 || queryComponent < 1 || orderComponent > 10 || queryComponent > 10) {
            throw new IllegalArgumentException("sample id components are 1 to 10");
        }
        stripPrefix = stripPrefix == null ? "" : stripPrefix;
    }

    /** The specimen barcode of an order record (O.3, or O.4 when the analyzer only fills its own id). */
    public String fromOrder(AstmRecord order) {
        String id = first(order, 3, 1, orderComponent);
        return clean(id.isEmpty() ? first(order, 4, 1, orderComponent) : id);
    }

    /**
     * The specimen barcodes a query record (Q.3) asks about: one per repeat (Erba asks for two tubes at once as
     * {@code ^0000000406`00001001}). A repeat without the configured component gives its first non-empty one.
     */
    public List<String> fromQuery(AstmRecord query) {
        List<String> ids = new ArrayList<>();
        for (int r = 1; r <= query.repeats(3).size(); r++) {
            String id = first(query, 3, r, queryComponent);
            String cleaned = clean(id.isEmpty() ? first(query, 3, r, 1) : id);
            if (!cleaned.isEmpty()) {
                ids.add(cleaned);
            }
        }
        return ids;
    }

    /** The barcode as VetLIS looks it up. */
    public String clean(String raw) {
        String id = raw.strip();
        if (!stripPrefix.isEmpty() && id.startsWith(stripPrefix)) {
            id = id.substring(stripPrefix.length()).strip();
        }
        if (stripLeadingZeros) {
            int i = 0;
            while (i < id.length() - 1 && id.charAt(i) == '0') {
                i++;
            }
            id = id.substring(i);
        }
        return id;
    }

    private static String first(AstmRecord record, int field, int repeat, int from) {
        for (int c = from; c <= from + 4; c++) {
            String value = record.component(field, repeat, c).strip();
            if (!value.isEmpty()) {
                return value;
            }
        }
        return "";
    }

    SampleIdRule withOrderComponent(int c) {
        return new SampleIdRule(c, queryComponent, stripPrefix, stripLeadingZeros);
    }

    SampleIdRule withQueryComponent(int c) {
        return new SampleIdRule(orderComponent, c, stripPrefix, stripLeadingZeros);
    }

    public SampleIdRule withStripPrefix(String prefix) {
        return new SampleIdRule(orderComponent, queryComponent, prefix, stripLeadingZeros);
    }

    public SampleIdRule withStripLeadingZeros(boolean strip) {
        return new SampleIdRule(orderComponent, queryComponent, stripPrefix, strip);
    }
}
