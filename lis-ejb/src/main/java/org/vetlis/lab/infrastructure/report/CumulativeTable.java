package org.vetlis.lab.infrastructure.report;

import static org.vetlis.lab.infrastructure.report.PdfParts.BOLD;
import static org.vetlis.lab.infrastructure.report.PdfParts.TEXT;
import static org.vetlis.lab.infrastructure.report.PdfParts.cell;
import static org.vetlis.lab.infrastructure.report.PdfParts.headerCell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.lowagie.text.pdf.PdfPTable;

import org.vetlis.lab.domain.catalogue.LabTest;
import org.vetlis.lab.domain.interpretation.ResultFlag;
import org.vetlis.lab.domain.order.LabOrder;
import org.vetlis.lab.domain.order.TestRun;
import org.vetlis.lab.domain.order.TestRunStatus;
import org.vetlis.lab.domain.patient.Patient;

/**
 * One animal's verified results over time: a row per test (in report order), a column per order (oldest at the
 * left, as a trend reads), each value with its flag; the range column shows the latest range the animal was read
 * against. The most recent {@link #COLUMNS} orders with verified results fit a landscape page.
 */
final class CumulativeTable {

    static final int COLUMNS = 8;

    private CumulativeTable() {
    }

    static PdfPTable of(Patient patient, List<LabOrder> newestFirst) {
        List<LabOrder> orders = new ArrayList<>(newestFirst.stream().filter(o -> o.runs().stream().anyMatch(CumulativeTable::verified))
                .limit(COLUMNS).toList());
        orders.sort(Comparator.comparing(LabOrder::createdAt));
        Map<LabTest, Map<LabOrder, TestRun>> rows = new LinkedHashMap<>();
        orders.forEach(order -> order.runs().stream().filter(CumulativeTable::verified)
                .forEach(run -> rows.computeIfAbsent(run.test(), t -> new LinkedHashMap<>()).put(order, run)));
        float[] widths = new float[3 + Math.max(orders.size(), 1)];
        widths[0] = 3;
        widths[1] = 1.2f;
        widths[2] = 1.8f;
        for (int i = 3; i < widths.length; i++) {
            widths[i] = 1.3f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(headerCell("Test"));
        table.addCell(headerCell("Unit"));
        table.addCell(headerCell("Latest range"));
        if (orders.isEmpty()) {
            table.addCell(headerCell("No verified results yet"));
        }
        orders.forEach(o -> table.addCell(headerCell(o.createdAt().toLocalDate() + "\norder " + o.id())));
        rows.entrySet().stream().sorted(Comparator.comparingInt(e -> e.getKey().sortOrder())).forEach(row -> {
            LabTest test = row.getKey();
            table.addCell(cell(test.name() + " (" + test.code() + ")", TEXT));
            table.addCell(cell(test.unit(), TEXT));
            Optional<String> latestRange = newestFirst.stream().map(row.getValue()::get).filter(r -> r != null)
                    .map(r -> r.referenceRange().orElse("")).findFirst();
            table.addCell(cell(latestRange.orElse(""), TEXT));
            for (LabOrder order : orders) {
                TestRun run = row.getValue().get(order);
                ResultFlag flag = run == null ? null : run.flag();
                boolean abnormal = flag != null && flag != ResultFlag.N && flag != ResultFlag.NO_RANGE;
                String text = run == null ? "" : run.value() + (abnormal ? " " + flag.name() : "") + (run.resultVersion() > 1 ? " (amended)" : "");
                table.addCell(cell(text, abnormal ? BOLD : TEXT));
            }
        });
        return table;
    }

    private static boolean verified(TestRun run) {
        return run.isReportable() && run.status() == TestRunStatus.VERIFIED;
    }
}
