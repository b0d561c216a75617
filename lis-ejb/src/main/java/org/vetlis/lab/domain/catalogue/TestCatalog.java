package org.vetlis.lab.domain.catalogue;

import java.util.List;
import java.util.Optional;

/** The tests and panels the lab offers. */
public interface TestCatalog {

    List<LabTest> tests();

    List<Panel> panels();

    Optional<LabTest> test(String code);

    Optional<Panel> panel(String code);

    Optional<SpecimenType> specimenType(String code);

    void store(LabTest test);

    void store(Panel panel);
}
