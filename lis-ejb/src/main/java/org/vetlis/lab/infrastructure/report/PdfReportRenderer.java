package org.vetlis.lab.infrastructure.report;

import static org.vetlis.lab.infrastructure.report.PdfParts.BOLD;
import static org.vetlis.lab.infrastructure.report.PdfParts.HEADING;
import static org.vetlis.lab.infrastructure.report.PdfParts.MARK;
import static org.vetlis.lab.infrastructure.report.PdfParts.SMALL;
import static org.vetlis.lab.infrastructure.report.PdfParts.TEXT;
import static org.vetlis.lab.infrastructure.report.PdfParts.TITLE;
import static org.vetlis.lab.infrastructure.report.PdfParts.cell;
import static org.vetlis.lab.infrastructure.report.PdfParts.headerCell;
import static org.vetlis.lab.infrastructure.report.PdfParts.when;

import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.vetlis.lab.domain.interpretation.ResultFlag;
import org.vetlis.lab.domain.order.LabOrder;
import org.vetlis.lab.domain.order.ResultVersion;
import org.vetlis.lab.domain.order.Specimen;
import org.vetlis.lab.domain.order.TestRun;
import org.vetlis.lab.domain.order.TestRunStatus;
import org.vetlis.lab.domain.patient.Patient;
import org.vetlis.lab.domain.report.ReportKind;
import org.vetlis.lab.domain.report.ReportRenderer;

/**
 * Order reports with OpenPDF: the lab's header, the animal and its owner, the specimens with their barcodes, the
 * results by section with VetLIS's flags and ranges and who verified them, earlier versions of amended results, and
 * on every page what the report is (preliminary, final, amended) and "page n of m".
 */
@ApplicationScoped
public class PdfReportRenderer implements ReportRenderer {

    @Inject
    @ConfigProperty(name = "vetlis.lab.name", defaultValue = "VetLIS Veterinary Laboratory")
    String labName;

    @Inject
    @ConfigProperty(name = "vetlis.lab.address")
    Optional<String> labAddress;

    @Override
    public byte[] order(LabOrder order, ReportKind kind, int issueNumber, OffsetDateTime printedAt) {
        String what = switch (kind) {
            case PRELIMINARY -> "PRELIMINARY REPORT";
            case FINAL -> "FINAL REPORT";
            case AMENDED -> "AMENDED REPORT";
        };
        String which = switch (kind) {
            case PRELIMINARY -> "results may still change or be missing";
            case FINAL -> "issue " + issueNumber;
            case AMENDED -> "issue " + issueNumber + ", replaces issue " + (issueNumber - 1);
        };
        String footer = labName + " | Order " + order.id() + " | " + kind + (kind == ReportKind.PRELIMINARY ? "" : " issue " + issueNumber)
                + " | printed " + when(printedAt);
        return draw(PageSize.A4, footer, (document, writer) -> {
            header(document, what, which);
            document.add(animalAndOrder(order));
            document.add(specimens(order, writer));
            results(document, order, kind);
            if (!order.comments().isEmpty()) {
                document.add(heading("Comments"));
                order.comments().forEach(c -> document.add(new Paragraph(when(c.createdAt()) + "  " + c.author() + ": " + c.text(), TEXT)));
            }
        });
    }

    @Override
    public byte[] cumulative(Patient patient, List<LabOrder> orders, OffsetDateTime printedAt) {
        String footer = labName + " | Cumulative report of " + patient.name() + " (" + patient.id() + ") | printed " + when(printedAt);
        return draw(PageSize.A4.rotate(), footer, (document, writer) -> {
            header(document, "CUMULATIVE REPORT", "verified results over time");
            document.add(new Paragraph(patient.name() + ", " + patient.species().name() + describeBreed(patient) + ", owner "
                    + patient.owner().displayName(), BOLD));
            document.add(CumulativeTable.of(patient, orders));
        });
    }

    private interface Body {
        void draw(Document document, PdfWriter writer) throws DocumentException;
    }

    private byte[] draw(Rectangle page, String footer, Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(page, 36, 36, 36, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PdfParts.Footer(footer));
        document.addTitle(footer);
        document.addCreator("VetLIS");
        document.open();
        try {
            body.draw(document, writer);
        } catch (DocumentException e) {
            throw new IllegalStateException("report: " + footer, e);
        }
        document.close();
        return out.toByteArray();
    }

    private void header(Document document, String what, String which) {
        PdfPTable table = new PdfPTable(new float[] {3, 2});
        table.setWidthPercentage(100);
        PdfPCell lab = new PdfPCell();
        lab.setBorder(Rectangle.NO_BORDER);
        lab.addElement(new Paragraph(labName, TITLE));
        labAddress.filter(a -> !a.isBlank()).ifPresent(address -> lab.addElement(new Paragraph(address, SMALL)));
        table.addCell(lab);
        PdfPCell mark = new PdfPCell();
        mark.setBorder(Rectangle.NO_BORDER);
        Paragraph kind = new Paragraph(what, MARK);
        kind.setAlignment(Element.ALIGN_RIGHT);
        Paragraph issue = new Paragraph(which, SMALL);
        issue.setAlignment(Element.ALIGN_RIGHT);
        mark.addElement(kind);
        mark.addElement(issue);
        table.addCell(mark);
        table.setSpacingAfter(8);
        document.add(table);
    }

    private static PdfPTable animalAndOrder(LabOrder order) {
        Patient p = order.patient();
        var details = p.details();
        Map<String, String> left = new LinkedHashMap<>();
        left.put("Patient", p.name() + " (patient " + p.id() + ")");
        left.put("Species, breed", p.species().name() + describeBreed(p));
        left.put("Sex", (details.sex() == null ? "unknown" : details.sex().name().toLowerCase(Locale.ROOT))
                + (details.neuterStatus() == null ? "" : ", " + details.neuterStatus().name().toLowerCase(Locale.ROOT)));
        left.put("Age", PdfParts.age(details.dateOfBirth(), order.createdAt().toLocalDate())
                + (details.dateOfBirth() == null ? "" : " (born " + details.dateOfBirth() + (details.birthDateEstimated() ? ", estimated)" : ")")));
        left.put("Microchip", details.microchip());
        left.put("Owner", p.owner().displayName() + (p.owner().details().phone() == null ? "" : ", " + p.owner().details().phone()));
        Map<String, String> right = new LinkedHashMap<>();
        right.put("Order", order.id() + (order.placement().placerOrderId() == null ? "" : " (practice's number " + order.placement().placerOrderId() + ")"));
        right.put("Clinic", order.placement().clinic());
        right.put("Veterinarian", order.placement().veterinarian());
        right.put("Urgency", order.urgency().name());
        right.put("Ordered", when(order.createdAt()));
        right.put("Released", order.reportedAt().map(PdfParts::when).orElse("not yet"));
        PdfPTable table = new PdfPTable(new float[] {1.1f, 2.4f, 1f, 2.2f});
        table.setWidthPercentage(100);
        var l = left.entrySet().iterator();
        var r = right.entrySet().iterator();
        while (l.hasNext() || r.hasNext()) {
            for (var side : List.of(l, r)) {
                Map.Entry<String, String> e = side.hasNext() ? side.next() : Map.entry("", "");
                table.addCell(cell(e.getKey(), BOLD));
                table.addCell(cell(e.getValue(), TEXT));
            }
        }
        table.setSpacingAfter(8);
        return table;
    }

    private static String describeBreed(Patient p) {
        return p.breedName() == null || p.breedName().isBlank() ? "" : ", " + p.breedName();
    }

    private static PdfPTable specimens(LabOrder order, PdfWriter writer) {
        PdfPTable table = new PdfPTable(new float[] {2.6f, 1.6f, 1.4f, 1.4f, 1.4f});
        table.setWidthPercentage(100);
        List.of("Specimen", "Type", "Collected", "Received", "Status").forEach(h -> table.addCell(headerCell(h)));
        for (Specimen s : order.specimens()) {
            PdfPCell code = cell("", TEXT);
            code.addElement(PdfParts.barcode(writer, s.accession().value(), 16));
            code.addElement(new Paragraph(s.accession().value(), TEXT));
            table.addCell(code);
            table.addCell(cell(s.type().name(), TEXT));
            table.addCell(cell(when(s.collectedAt()), TEXT));
            table.addCell(cell(when(s.receivedAt()), TEXT));
            table.addCell(cell(s.status() + (s.rejectReason() == null ? "" : ": " + s.rejectReason()), TEXT));
        }
        table.setSpacingAfter(8);
        return table;
    }

    private static void results(Document document, LabOrder order, ReportKind kind) {
        Map<String, List<TestRun>> bySection = new LinkedHashMap<>();
        order.runs().stream().filter(TestRun::isReportable)
                .sorted(java.util.Comparator.comparingInt(r -> r.test().sortOrder()))
                .forEach(r -> bySection.computeIfAbsent(r.test().section(), s -> new java.util.ArrayList<>()).add(r));
        bySection.forEach((section, runs) -> {
            document.add(heading(section.charAt(0) + section.substring(1).toLowerCase(Locale.ROOT)));
            PdfPTable table = new PdfPTable(new float[] {3, 1.3f, 1.2f, 1.1f, 1.9f, 1.6f});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            List.of("Test", "Result", "Unit", "Flag", "Reference range", "Verified by").forEach(h -> table.addCell(headerCell(h)));
            runs.forEach(run -> resultRows(table, run, kind));
            table.setSpacingAfter(6);
            document.add(table);
        });
    }

    private static void resultRows(PdfPTable table, TestRun run, ReportKind kind) {
        boolean shown = run.status() == TestRunStatus.VERIFIED || kind == ReportKind.PRELIMINARY && run.status() == TestRunStatus.RESULTED;
        String value = shown ? run.value() : run.status() == TestRunStatus.CANCELLED ? "cancelled" : "pending";
        ResultFlag flag = shown ? run.flag() : null;
        boolean abnormal = flag != null && flag != ResultFlag.N && flag != ResultFlag.NO_RANGE;
        table.addCell(cell(run.test().name() + " (" + run.test().code() + ")", TEXT));
        table.addCell(cell(value + (run.resultVersion() > 1 ? " *" : ""), abnormal ? BOLD : TEXT));
        table.addCell(cell(shown ? run.unit() : "", TEXT));
        table.addCell(cell(flag == null ? "" : describe(flag), abnormal ? BOLD : TEXT));
        table.addCell(cell(shown ? run.referenceRange().orElse("") : "", TEXT));
        table.addCell(cell(run.status() == TestRunStatus.VERIFIED ? run.verifiedBy() : "not verified", TEXT));
        if (shown && run.analyzer() != null && run.analyzer().comment() != null) {
            table.addCell(note("Analyzer comment: " + run.analyzer().comment()));
        }
        for (ResultVersion earlier : run.earlierVersions()) {
            table.addCell(note("* Amended. Version " + earlier.number() + " was " + earlier.value() + " " + (earlier.unit() == null ? "" : earlier.unit())
                    + (earlier.flag() == null ? "" : " (" + describe(earlier.flag()) + ")") + ", verified by " + earlier.verifiedBy() + " "
                    + when(earlier.verifiedAt()) + "."));
        }
        run.amendReason().ifPresent(reason -> table.addCell(note("Version " + run.resultVersion() + " by " + run.verifiedBy() + " "
                + when(run.verifiedAt()) + ", reason: " + reason)));
    }

    private static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(4);
        heading.setSpacingAfter(4);
        return heading;
    }

    private static PdfPCell note(String text) {
        PdfPCell cell = cell(text, SMALL);
        cell.setColspan(6);
        return cell;
    }

    /** The flag as a veterinarian reads it on paper. */
    static String describe(ResultFlag flag) {
        return switch (flag) {
            case LL -> "LL critical";
            case HH -> "HH critical";
            case NO_RANGE -> "no range";
            default -> flag.name();
        };
    }
}
