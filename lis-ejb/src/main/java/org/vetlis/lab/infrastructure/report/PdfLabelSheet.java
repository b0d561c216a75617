package org.vetlis.lab.infrastructure.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import org.vetlis.lab.domain.label.LabelContent;
import org.vetlis.lab.domain.label.LabelSheet;

/**
 * Specimen labels as a PDF (OpenPDF), for printing on a label or office printer at 100 %: a page per label, laid
 * out as the ZPL label is (the Code 128 barcode across the top, then accession and urgency, animal and species,
 * owner and specimen type, collection day). The bars are vector rectangles, so scanners read them at any zoom.
 */
@ApplicationScoped
public class PdfLabelSheet implements LabelSheet {

    private static final float POINTS_PER_MM = 72f / 25.4f;

    @Override
    public byte[] pdf(List<LabelContent> labels, int widthMm, int heightMm) {
        float width = widthMm * POINTS_PER_MM;
        float height = heightMm * POINTS_PER_MM;
        float margin = 2 * POINTS_PER_MM;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(new Rectangle(width, height), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle("Specimen labels");
            document.open();
            BaseFont font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            BaseFont bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            for (LabelContent label : labels) {
                document.newPage();
                draw(writer.getDirectContent(), label, width, height, margin, font, bold);
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void draw(PdfContentByte page, LabelContent label, float width, float height, float margin, BaseFont font, BaseFont bold) {
        float barHeight = height * 0.38f;
        BitMatrix bars = new Code128Writer().encode(label.accession(), BarcodeFormat.CODE_128, 0, 1);
        float module = (width - 2 * margin) / bars.getWidth();
        float top = height - margin;
        page.setColorFill(Color.BLACK);
        for (int x = 0; x < bars.getWidth(); x++) {
            if (bars.get(x, 0)) {
                page.rectangle(margin + x * module, top - barHeight, module, barHeight);
            }
        }
        page.fill();
        float line = (height - barHeight - 2 * margin) / 4;
        float size = Math.min(9f, line * 0.85f);
        float y = top - barHeight - line * 0.9f;
        boolean first = true;
        for (String text : label.lines()) {
            text(page, first ? bold : font, size, margin, y, text);
            first = false;
            y -= line;
        }
    }

    private static void text(PdfContentByte page, BaseFont font, float size, float x, float y, String value) {
        page.beginText();
        page.setFontAndSize(font, size);
        page.setTextMatrix(x, y);
        page.showText(value);
        page.endText();
    }
}
