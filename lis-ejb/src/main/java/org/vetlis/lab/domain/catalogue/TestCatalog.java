package org.vetlis.lab.domain.catalogue;

import java.util.List;
import java.util.Optional;

/** The tests and panels the lab offers, the specimens they are measured in, and why a specimen may be refused. */
public interface TestCatalog {

    List<LabTest> tests();

    List<Panel> panels();

    Optional<LabTest> test(String code);

    Optional<Panel> panel(String code);

    Optional<SpecimenType> specimenType(String code);

    /** Every specimen type, retired ones too, in the lab's order. */
    List<SpecimenType> specimenTypes();

    /** Every rejection reason, retired ones too, in the lab's order. */
    List<RejectionReason> rejectionReasons();

    Optional<RejectionReason> rejectionReason(String code);

    void store(SpecimenType type);

    void store(RejectionReason reason);

    void store(LabTest test);

    void store(Panel panel);
}
