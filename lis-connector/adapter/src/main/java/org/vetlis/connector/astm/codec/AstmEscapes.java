package org.vetlis.connector.astm.codec;

/**
 * E1394 escape sequences (§5.6.3): {@code &F&} field, {@code &S&} component, {@code &R&} repeat and {@code &E&}
 * escape delimiter, written with the message's own escape character. Text is split on delimiters first and
 * unescaped after. Anything else between escape characters ({@code &H&}, {@code &X0D&}, a lone {@code &} as in
 * "Type && Screen") is left as it is: a parser must survive it, not guess.
 */
public final class AstmEscapes {

    private AstmEscapes() {
    }

    /** The text a field, repeat or component stands for. */
    public static String unescape(String raw, AstmDelimiters d) {
        if (!d.hasEscape() || raw.indexOf(d.escape()) < 0) {
            return raw;
        }
        char e = d.escape();
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == e && i + 2 < raw.length() && raw.charAt(i + 2) == e) {
                char replacement = switch (raw.charAt(i + 1)) {
                    case 'F' -> d.field();
                    case 'S' -> d.component();
                    case 'R' -> d.repeat();
                    case 'E' -> e;
                    default -> '\0';
                };
                if (replacement != '\0') {
                    out.append(replacement);
                    i += 3;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** {@code text} written so that none of its characters is read as a delimiter. */
    public static String escape(String text, AstmDelimiters d) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String sequence = c == d.field() ? "F" : c == d.component() ? "S" : c == d.repeat() ? "R"
                    : d.hasEscape() && c == d.escape() ? "E" : null;
            if (sequence == null) {
                out.append(c);
            } else if (!d.hasEscape()) {
                throw new AstmSyntaxException("'" + c + "' cannot be sent: the message declares no escape delimiter");
            } else {
                out.append(d.escape()).append(sequence).append(d.escape());
            }
        }
        return out.toString();
    }
}
