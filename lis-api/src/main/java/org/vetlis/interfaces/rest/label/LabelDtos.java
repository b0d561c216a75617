package org.vetlis.interfaces.rest.label;

import java.time.OffsetDateTime;

import org.vetlis.lab.domain.label.LabelPrinter;
import org.vetlis.lab.domain.label.PrintJob;
import org.vetlis.lab.domain.label.Workstation;

/** Label printers, workstations and print jobs as the API shows them. */
public final class LabelDtos {

    private LabelDtos() {
    }

    /** A label printer: where it listens and what labels it holds. */
    public record PrinterDto(String code, String name, String host, int port, int dpi, int widthMm, int heightMm, boolean enabled,
                             long version) {

        public static PrinterDto of(LabelPrinter p) {
            return new PrinterDto(p.code(), p.name(), p.host(), p.port(), p.dpi(), p.widthMm(), p.heightMm(), p.isEnabled(), p.version());
        }
    }

    /** A workstation and the printer beside it. */
    public record WorkstationDto(String code, String name, String printer, boolean printOnOrder, long version) {

        public static WorkstationDto of(Workstation w) {
            return new WorkstationDto(w.code(), w.name(), w.printerCode().orElse(null), w.printsOnOrder(), w.version());
        }
    }

    /** What a lab manager sends for a workstation; {@code printOnOrder} (default false): print an order's labels when it is saved there. */
    public record WorkstationInput(String name, String printer, Boolean printOnOrder) {

        public boolean printsOnOrder() {
            return Boolean.TRUE.equals(printOnOrder);
        }
    }

    /**
     * A label on its way: QUEUED (with {@code lastError} and {@code nextAttemptAt} once a try failed), SENT or FAILED
     * (a day without the printer answering); {@code zpl} is what it prints.
     */
    public record PrintJobDto(long id, long orderId, String accession, String printer, String state, int attempts,
                              OffsetDateTime nextAttemptAt, String lastError, OffsetDateTime createdAt, String createdBy,
                              OffsetDateTime sentAt, Long reprintOf, String zpl) {

        public static PrintJobDto of(PrintJob j) {
            return new PrintJobDto(j.id(), j.orderId(), j.accession(), j.printerCode(), j.state().name(), j.attempts(), j.nextAttemptAt(),
                    j.lastError(), j.createdAt(), j.createdBy(), j.sentAt(), j.reprintOf(), j.zpl());
        }
    }

    /** Which labels to print where: every tube of the order unless {@code accession}; a printer, or a workstation's. */
    public record PrintRequest(String accession, String printer, String workstation) {
    }
}
