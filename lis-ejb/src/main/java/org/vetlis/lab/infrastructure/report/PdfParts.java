package org.vetlis.lab.infrastructure.report;

import java.awt.Color;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/** What every VetLIS report is drawn with: fonts, cells, dates, ages, barcodes and the page footer. */
final class PdfParts {

    static final Font TITLE = new Font(Font.HELVETICA, 14, Font.BOLD);
    static final Font MARK = new Font(Font.HELVETICA, 13, Font.BOLD, new Color(0x9c, 0x1c, 0x1c));
    static final Font HEADING = new Font(Font.HELVETICA, 10, Font.BOLD);
    static final Font TEXT = new Font(Font.HELVETICA, 8.5f);
    static final Font BOLD = new Font(Font.HELVETICA, 8.5f, Font.BOLD);
    static final Font SMALL = new Font(Font.HELVETICA, 7, Font.NORMAL, new Color(0x55, 0x55, 0x55));
    static final Color SHADE = new Color(0xee, 0xf1, 0xf4);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private PdfParts() {
    }

    static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(new Color(0xcc, 0xcc, 0xcc));
        cell.setPadding(3);
        return cell;
    }

    static PdfPCell headerCell(String text) {
        PdfPCell cell = cell(text, BOLD);
        cell.setBackgroundColor(SHADE);
        return cell;
    }

    static String when(OffsetDateTime at) {
        return at == null ? "" : at.withOffsetSameInstant(ZoneOffset.UTC).format(WHEN);
    }

    /** An animal's age on a day, the way a veterinarian says it: days for a neonate, months for a young animal. */
    static String age(LocalDate born, LocalDate on) {
        if (born == null) {
            return "unknown";
        }
        Period p = Period.between(born, on);
        if (p.getYears() >= 2) {
            return p.getYears() + " years";
        }
        long months = p.toTotalMonths();
        return months >= 2 ? months + " months" : java.time.temporal.ChronoUnit.DAYS.between(born, on) + " days";
    }

    /** A Code 128 barcode drawn as bars (vector, sharp at any zoom), {@code height} points high. */
    static Image barcode(PdfWriter writer, String text, float height) {
        BitMatrix bars = new Code128Writer().encode(text, BarcodeFormat.CODE_128, 0, 1);
        float module = 0.8f;
        PdfTemplate template = writer.getDirectContent().createTemplate(bars.getWidth() * module, height);
        template.setColorFill(Color.BLACK);
        for (int x = 0; x < bars.getWidth(); x++) {
            if (bars.get(x, 0)) {
                template.rectangle(x * module, 0, module, height);
            }
        }
        template.fill();
        try {
            return Image.getInstance(template);
        } catch (com.lowagie.text.BadElementException e) {
            throw new IllegalStateException("barcode of " + text, e);
        }
    }

    /** Writes the footer of every page: what the report is, and "page n of m" (m filled in when the document closes). */
    static final class Footer extends PdfPageEventHelper {

        private final String text;
        private PdfTemplate total;
        private BaseFont font;

        Footer(String text) {
            this.text = text;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(30, 10);
            try {
                font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("the built-in Helvetica", e);
            }
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            float y = document.bottom() - 18;
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(text, SMALL), document.left(), y, 0);
            String page = "Page " + writer.getPageNumber() + " of ";
            float width = font.getWidthPoint(page, 7);
            float x = document.right() - width - 14;
            cb.beginText();
            cb.setFontAndSize(font, 7);
            cb.setTextMatrix(x, y);
            cb.showText(page);
            cb.endText();
            cb.addTemplate(total, x + width, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, 7);
            // the writer has already counted the page after the last one when the document closes
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
