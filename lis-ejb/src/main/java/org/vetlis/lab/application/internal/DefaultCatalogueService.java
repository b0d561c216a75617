package org.vetlis.lab.application.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vetlis.lab.application.CatalogueService;
import org.vetlis.lab.domain.catalogue.LabTest;
import org.vetlis.lab.domain.catalogue.Panel;
import org.vetlis.lab.domain.catalogue.RejectionReason;
import org.vetlis.lab.domain.catalogue.SpecimenType;
import org.vetlis.lab.domain.catalogue.TestCatalog;
import org.vetlis.lab.domain.shared.InvalidInputException;

@Stateless
public class DefaultCatalogueService implements CatalogueService {

    @Inject
    private TestCatalog catalog;

    @Override
    public List<LabTest> tests() {
        return catalog.tests();
    }

    @Override
    public List<Panel> panels() {
        List<Panel> panels = catalog.panels();
        panels.forEach(p -> p.tests().size()); // load the tests while the persistence context is open
        return panels;
    }

    @Override
    public List<SpecimenType> specimenTypes() {
        return catalog.specimenTypes();
    }

    @Override
    public List<RejectionReason> rejectionReasons() {
        return catalog.rejectionReasons();
    }

    @Override
    public List<LabTest> expand(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw InvalidInputException.of("tests", "name at least one test or panel");
        }
        Set<LabTest> tests = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String raw : codes) {
            String code = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
            Optional<LabTest> test = catalog.test(code).filter(LabTest::isActive);
            Optional<Panel> panel = catalog.panel(code).filter(Panel::isActive);
            if (test.isPresent()) {
                tests.add(test.get());
            } else if (panel.isPresent()) {
                panel.get().tests().stream().filter(LabTest::isActive).forEach(tests::add);
            } else {
                unknown.add(raw);
            }
        }
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("tests", "unknown or inactive test or panel codes: " + unknown);
        }
        return tests.stream().sorted(Comparator.comparingInt(LabTest::sortOrder)).toList();
    }
}
