package org.vetlis.lab.infrastructure.printing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.vetlis.lab.domain.label.LabelPrinter;
import org.vetlis.lab.domain.label.LabelPrinters;
import org.vetlis.lab.domain.label.PrintJob;
import org.vetlis.lab.domain.label.PrintJobState;
import org.vetlis.lab.domain.label.PrintJobs;

/**
 * Delivers one queued label in a transaction of its own: sent, or left queued with the reason and a later try. The
 * label is written to the printer before the job is marked sent; should that mark fail to commit, the next try
 * prints the label once more, which a person notices (a label too many) where a lost one would not be.
 */
@Stateless
public class PrintDelivery {

    @Inject
    private PrintJobs jobs;

    @Inject
    private LabelPrinters printers;

    public Optional<String> printerOf(long jobId) {
        return jobs.find(jobId).map(PrintJob::printerCode);
    }

    public List<Long> due(int max) {
        return jobs.due(OffsetDateTime.now(ZoneOffset.UTC), max);
    }

    /**
     * Sends one label, unless its printer is among {@code down} (it did not answer a moment ago: its other labels wait
     * without each costing a connection timeout).
     *
     * @return whether the printer took it
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliver(long jobId, Set<String> down) {
        Optional<PrintJob> found = jobs.find(jobId);
        if (found.isEmpty() || found.get().state() != PrintJobState.QUEUED) {
            return true;
        }
        PrintJob job = found.get();
        Optional<LabelPrinter> printer = printers.printer(job.printerCode());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (printer.isEmpty() || !printer.get().isEnabled()) {
            job.notSent("printer " + job.printerCode() + " is switched off in VetLIS", now);
            return false;
        }
        if (down.contains(job.printerCode())) {
            job.notSent("waiting for printer " + job.printerCode() + ", which did not answer a moment ago", now);
            return false;
        }
        try {
            PrinterLink.send(printer.get().host(), printer.get().port(), job.zpl().getBytes(StandardCharsets.UTF_8));
            job.sent(OffsetDateTime.now(ZoneOffset.UTC));
            return true;
        } catch (IOException e) {
            job.notSent(printer.get().host() + ":" + printer.get().port() + " did not take the label: " + e, now);
            return false;
        }
    }
}
