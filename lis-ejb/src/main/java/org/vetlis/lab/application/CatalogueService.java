package org.vetlis.lab.application;

import java.util.List;

import org.vetlis.lab.domain.catalogue.LabTest;
import org.vetlis.lab.domain.catalogue.Panel;

/** The test catalogue as the rest of the lab uses it. */
public interface CatalogueService {

    /** Every test, in report order. */
    List<LabTest> tests();

    /** Every panel, each with its tests. */
    List<Panel> panels();

    /**
     * The tests that test and panel codes stand for, each once, in report order; unknown or inactive codes are
     * refused together ({@code InvalidInputException} on field {@code tests}).
     */
    List<LabTest> expand(List<String> codes);
}
