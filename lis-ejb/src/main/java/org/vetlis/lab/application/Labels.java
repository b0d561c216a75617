package org.vetlis.lab.application;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.vetlis.lab.domain.label.LabelPrinter;
import org.vetlis.lab.domain.label.PrintJob;
import org.vetlis.lab.domain.label.Workstation;

/**
 * Specimen labels: printed on a label printer named directly or through the workstation it stands beside, queued and
 * delivered over the network (waiting for a printer that is off), reprinted on request. Printers and workstations
 * are the lab's configuration. Every print, reprint and change is audited.
 */
public interface Labels {

    /**
     * Queues a label for each tube of the order that is not rejected (or only for {@code accession}), for
     * {@code printerCode}, or the printer of {@code workstationCode} when no printer is named.
     */
    List<PrintJob> print(long orderId, String accession, String printerCode, String workstationCode, @NotNull Actor actor);

    /** The same label again, as a new job. */
    PrintJob reprint(long jobId, @NotNull Actor actor);

    /** The order's print jobs, oldest first. */
    List<PrintJob> jobs(long orderId);

    List<LabelPrinter> printers();

    LabelPrinter definePrinter(@NotNull String code, @NotNull LabelPrinter.Settings settings, @NotNull Actor actor);

    LabelPrinter revisePrinter(@NotNull String code, long expectedVersion, @NotNull LabelPrinter.Settings settings, @NotNull Actor actor);

    List<Workstation> workstations();

    Workstation defineWorkstation(@NotNull String code, String name, String printerCode, boolean printOnOrder, @NotNull Actor actor);

    Workstation reviseWorkstation(@NotNull String code, long expectedVersion, String name, String printerCode, boolean printOnOrder,
                                  @NotNull Actor actor);

    /**
     * The labels of a order just saved at {@code workstationCode}, queued when that workstation prints on order save
     * (and has a printer); none otherwise.
     */
    List<PrintJob> printOnOrderSave(long orderId, @NotNull String workstationCode, @NotNull Actor actor);

    /** The order's labels (or only {@code accession}'s) as a PDF, a page per label, sized for the workstation's printer. */
    byte[] labelsPdf(long orderId, String accession, String workstationCode);
}
