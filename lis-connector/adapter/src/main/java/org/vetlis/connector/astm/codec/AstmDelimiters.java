package org.vetlis.connector.astm.codec;

/**
 * The four delimiters of an E1394 message, as its header record declares them: the character right after
 * {@code H} separates fields, then come the repeat, component and escape delimiters ({@code H|\^&}). Analyzers
 * use others ({@code @^\} GeneXpert, {@code `^&} Erba, {@code \!~} DxH), and some declare no escape character
 * at all ({@code H|\^} Immulite): {@link #NO_ESCAPE} then.
 */
public record AstmDelimiters(char field, char repeat, char component, char escape) {

    /** Marks a message without an escape delimiter. */
    public static final char NO_ESCAPE = '\0';

    /** What LIS2-A2 recommends and most analyzers send: {@code |\^&}. */
    public static final AstmDelimiters STANDARD = new AstmDelimiters('|', '\\', '^', '&');

    public AstmDelimiters {
        if (field == repeat || field == component || repeat == component
                || escape != NO_ESCAPE && (escape == field || escape == repeat || escape == component)) {
            throw new AstmSyntaxException("delimiters must differ: " + field + repeat + component + (escape == NO_ESCAPE ? "" : escape));
        }
    }

    /**
     * The delimiters a header record declares.
     *
     * @throws AstmSyntaxException when {@code header} is not an H record declaring at least field, repeat and component
     */
    public static AstmDelimiters of(String header) {
        if (header.length() < 4 || Character.toUpperCase(header.charAt(0)) != 'H') {
            throw new AstmSyntaxException("a message starts with a header record declaring its delimiters, not '"
                    + header.substring(0, Math.min(header.length(), 8)) + "'");
        }
        char field = header.charAt(1);
        char escape = header.length() > 4 && header.charAt(4) != field ? header.charAt(4) : NO_ESCAPE;
        return new AstmDelimiters(field, header.charAt(2), header.charAt(3), escape);
    }

    /** Field H.2 that declares them, after the field delimiter itself: repeat, component, escape ({@code \^&}). */
    public String headerField() {
        return "" + repeat + component + (escape == NO_ESCAPE ? "" : String.valueOf(escape));
    }

    public boolean hasEscape() {
        return escape != NO_ESCAPE;
    }
}
