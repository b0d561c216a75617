package org.vetlis.lab.domain.label;

import java.nio.charset.StandardCharsets;

/**
 * A specimen label in ZPL II, laid out for the printer's label size and resolution: the accession as a Code 128
 * barcode across the top, then in words the accession, the animal and species, the owner's surname and the
 * specimen type, and the collection day with the urgency (STAT in reverse print). Text fields are written with ^FH
 * so that a name holding a caret or a tilde cannot end the field or start a command. Pure: no I/O.
 */
public final class ZplLabel {

    private ZplLabel() {
    }

    /** The label for a printer of {@code dpi} with labels {@code widthMm} × {@code heightMm}. */
    public static String of(LabelContent label, int dpi, int widthMm, int heightMm) {
        double dotsPerMm = dpi / 25.4;
        int width = (int) Math.round(widthMm * dotsPerMm);
        int height = (int) Math.round(heightMm * dotsPerMm);
        int margin = (int) Math.round(2 * dotsPerMm);
        // the barcode takes the top 40 % of the label, four lines of text share the rest
        int barHeight = (int) Math.round(height * 0.38);
        int line = (height - barHeight - 2 * margin) / 4;
        int font = Math.max(12, (int) Math.round(line * 0.9));
        int module = Math.max(1, (int) Math.round(dpi / 100.0)); // narrow bar: about a quarter of a millimetre
        StringBuilder zpl = new StringBuilder(512)
                .append("^XA\n^CI28\n")                                  // UTF-8 field data
                .append("^PW").append(width).append("\n^LL").append(height).append("\n^LH0,0\n")
                .append("^FO").append(margin).append(',').append(margin)
                .append("^BY").append(module).append(",3,").append(barHeight)
                .append("^BCN,").append(barHeight).append(",N,N,N^FD").append(barcodeData(label.accession())).append("^FS\n");
        int y = margin + barHeight + margin / 2;
        for (String text : label.lines()) {
            text(zpl, margin, y, font, text);
            y += line;
        }
        return zpl.append("^XZ\n").toString();
    }

    private static void text(StringBuilder zpl, int x, int y, int font, String value) {
        zpl.append("^FO").append(x).append(',').append(y).append("^A0N,").append(font).append(',').append(font)
                .append("^FH_^FD").append(escaped(value)).append("^FS\n");
    }

    /** Field data with ^FH_: the characters that mean something to ZPL (and the escape itself) as _XX hex of their UTF-8. */
    static String escaped(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (c == '^' || c == '~' || c == '_' || c < 0x20) {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('_').append(String.format("%02X", b));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** An accession is letters, digits and '-' (checked where it is issued); anything else is not printed as bars. */
    private static String barcodeData(String accession) {
        if (!accession.matches("[A-Za-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("not an accession to print as a barcode: " + accession);
        }
        return accession;
    }

}
