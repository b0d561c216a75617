package org.vetlis.lab.domain.label;

import java.util.List;
import java.util.Optional;

/** The lab's label printers and workstations. */
public interface LabelPrinters {

    List<LabelPrinter> printers();

    Optional<LabelPrinter> printer(String code);

    void store(LabelPrinter printer);

    List<Workstation> workstations();

    Optional<Workstation> workstation(String code);

    void store(Workstation workstation);
}
