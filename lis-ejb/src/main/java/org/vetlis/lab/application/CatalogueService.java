package org.vetlis.lab.application;

import java.util.List;

import org.vetlis.lab.domain.catalogue.LabTest;
import org.vetlis.lab.domain.catalogue.Panel;
import org.vetlis.lab.domain.catalogue.RejectionReason;
import org.vetlis.lab.domain.catalogue.SpecimenType;

/** The test catalogue as the rest of the lab uses it. */
public interface CatalogueService {

    /** Every test, in report order. */
    List<LabTest> tests();

    /** Every panel, each with its tests. */
    List<Panel> panels();

    /** Every specimen type, retired ones too. */
    List<SpecimenType> specimenTypes();

    /** Every rejection reason, retired ones too (a page offers the active ones; a tube's old reason still reads). */
    List<RejectionReason> rejectionReasons();

    /**
     * The tests that test and panel codes stand for, each once, in report order; unknown or inactive codes are
     * refused together ({@code InvalidInputException} on field {@code tests}).
     */
    List<LabTest> expand(List<String> codes);
}
