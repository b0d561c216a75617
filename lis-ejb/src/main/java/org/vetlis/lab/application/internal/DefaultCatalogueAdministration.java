package org.vetlis.lab.application.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vetlis.lab.application.Actor;
import org.vetlis.lab.application.CatalogueAdministration;
import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditJson;
import org.vetlis.lab.domain.audit.AuditTrail;
import org.vetlis.lab.domain.catalogue.LabTest;
import org.vetlis.lab.domain.catalogue.Panel;
import org.vetlis.lab.domain.catalogue.RejectionReason;
import org.vetlis.lab.domain.catalogue.ResultType;
import org.vetlis.lab.domain.catalogue.SpecimenType;
import org.vetlis.lab.domain.catalogue.TestCatalog;
import org.vetlis.lab.domain.catalogue.TestDefinition;
import org.vetlis.lab.domain.patient.Breed;
import org.vetlis.lab.domain.patient.Species;
import org.vetlis.lab.domain.patient.SpeciesCatalog;
import org.vetlis.lab.domain.shared.ConflictException;
import org.vetlis.lab.domain.shared.InvalidInputException;
import org.vetlis.lab.domain.shared.NotFoundException;
import org.vetlis.lab.domain.shared.StaleVersionException;

@Stateless
public class DefaultCatalogueAdministration implements CatalogueAdministration {

    /** Where a new entry goes when no place is given: after the seeded ones. */
    private static final int DEFAULT_SORT_ORDER = 1000;

    @Inject
    private TestCatalog tests;

    @Inject
    private SpeciesCatalog species;

    @Inject
    private AuditTrail audit;

    @Override
    public LabTest defineTest(String code, TestInput input, Actor actor) {
        String key = code(code);
        if (tests.test(key).isPresent() || tests.panel(key).isPresent()) {
            throw new ConflictException("the code " + key + " is already a test or a panel");
        }
        LabTest test = new LabTest(key, definition(input, DEFAULT_SORT_ORDER));
        tests.store(test);
        created("Test", key, test.snapshot(), actor);
        return test;
    }

    @Override
    public LabTest reviseTest(String code, long expectedVersion, TestInput input, Actor actor) {
        LabTest test = test(code);
        StaleVersionException.check("Test", test.code(), expectedVersion, test.version());
        return changed("Test", test.code(), test::snapshot, actor, () -> {
            test.revise(definition(input, test.sortOrder()));
            return test;
        });
    }

    @Override
    public Panel definePanel(String code, String name, List<String> testCodes, boolean active, Actor actor) {
        String key = code(code);
        if (tests.test(key).isPresent() || tests.panel(key).isPresent()) {
            throw new ConflictException("the code " + key + " is already a test or a panel");
        }
        Panel panel = new Panel(key, name, existingTests(testCodes), active, DEFAULT_SORT_ORDER);
        tests.store(panel);
        created("Panel", key, panel.snapshot(), actor);
        return panel;
    }

    @Override
    public Panel revisePanel(String code, long expectedVersion, String name, List<String> testCodes, boolean active, Actor actor) {
        Panel panel = panel(code);
        StaleVersionException.check("Panel", panel.code(), expectedVersion, panel.version());
        return changed("Panel", panel.code(), panel::snapshot, actor, () -> {
            panel.revise(name, existingTests(testCodes), active, panel.sortOrder());
            return panel;
        });
    }

    @Override
    public Species defineSpecies(String code, String name, String latinName, Actor actor) {
        String key = code(code);
        if (species.species(key).isPresent()) {
            throw new ConflictException("species " + key + " exists");
        }
        Species created = new Species(key, name, latinName, DEFAULT_SORT_ORDER);
        species.store(created);
        created("Species", key, created.snapshot(), actor);
        return created;
    }

    @Override
    public Species reviseSpecies(String code, long expectedVersion, String name, String latinName, boolean active, Actor actor) {
        Species found = existingSpecies(code);
        StaleVersionException.check("Species", found.code(), expectedVersion, found.version());
        return changed("Species", found.code(), found::snapshot, actor, () -> {
            found.revise(name, latinName, active, found.sortOrder());
            return found;
        });
    }

    @Override
    public Breed addBreed(String speciesCode, String name, Actor actor) {
        Species found = existingSpecies(speciesCode);
        return changed("Species", found.code(), found::snapshot, actor, () -> found.addBreed(name));
    }

    @Override
    public Breed reviseBreed(String speciesCode, long breedId, String name, boolean active, Actor actor) {
        Species found = existingSpecies(speciesCode);
        return changed("Species", found.code(), found::snapshot, actor, () -> found.reviseBreed(breedId, name, active));
    }

    @Override
    public SpecimenType defineSpecimenType(String code, SpecimenTypeInput input, Actor actor) {
        String key = code(code);
        if (tests.specimenType(key).isPresent()) {
            throw new ConflictException("specimen type " + key + " exists");
        }
        SpecimenType type = new SpecimenType(key, input.name(), input.container(), input.capColour(),
                input.sortOrder() == null ? DEFAULT_SORT_ORDER : input.sortOrder());
        tests.store(type);
        created("SpecimenType", key, type.snapshot(), actor);
        return type;
    }

    @Override
    public SpecimenType reviseSpecimenType(String code, long expectedVersion, SpecimenTypeInput input, Actor actor) {
        SpecimenType type = tests.specimenType(code(code)).orElseThrow(() -> new NotFoundException("specimen type", code));
        StaleVersionException.check("SpecimenType", type.code(), expectedVersion, type.version());
        return changed("SpecimenType", type.code(), type::snapshot, actor, () -> {
            type.revise(input.name(), input.container(), input.capColour(), input.active() == null || input.active(),
                    input.sortOrder() == null ? type.sortOrder() : input.sortOrder());
            return type;
        });
    }

    @Override
    public RejectionReason defineRejectionReason(String code, String label, Actor actor) {
        String key = code(code);
        if (tests.rejectionReason(key).isPresent()) {
            throw new ConflictException("rejection reason " + key + " exists");
        }
        RejectionReason reason = new RejectionReason(key, label, DEFAULT_SORT_ORDER);
        tests.store(reason);
        created("RejectionReason", key, reason.snapshot(), actor);
        return reason;
    }

    @Override
    public RejectionReason reviseRejectionReason(String code, long expectedVersion, String label, boolean active, Actor actor) {
        RejectionReason reason = tests.rejectionReason(code(code)).orElseThrow(() -> new NotFoundException("rejection reason", code));
        StaleVersionException.check("RejectionReason", reason.code(), expectedVersion, reason.version());
        return changed("RejectionReason", reason.code(), reason::snapshot, actor, () -> {
            reason.revise(label, active, reason.sortOrder());
            return reason;
        });
    }

    @Override
    public LabTest test(String code) {
        return tests.test(code(code)).orElseThrow(() -> new NotFoundException("test", code));
    }

    @Override
    public Panel panel(String code) {
        return tests.panel(code(code)).orElseThrow(() -> new NotFoundException("panel", code));
    }

    private Species existingSpecies(String code) {
        return species.species(code(code)).orElseThrow(() -> new NotFoundException("species", code));
    }

    private TestDefinition definition(TestInput in, int defaultSortOrder) {
        ResultType resultType = null;
        if (in.resultType() != null) {
            try {
                resultType = ResultType.valueOf(in.resultType().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("resultType", "one of " + List.of(ResultType.values()));
            }
        }
        String specimenType = in.specimenType() == null ? "" : in.specimenType().strip().toUpperCase(Locale.ROOT);
        return new TestDefinition(in.name(), in.section(), in.unit(), resultType, in.decimals() == null ? 0 : in.decimals(),
                tests.specimenType(specimenType).filter(SpecimenType::isActive).orElse(null), in.method(), in.active() == null || in.active(),
                in.sortOrder() == null ? defaultSortOrder : in.sortOrder());
    }

    private List<LabTest> existingTests(List<String> codes) {
        List<LabTest> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            tests.test(code(code)).ifPresentOrElse(found::add, () -> unknown.add(code));
        }
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("tests", "unknown test codes: " + unknown);
        }
        return found;
    }

    private static String code(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }


    private void created(String type, String code, Map<String, Object> after, Actor actor) {
        audit.append(AuditEvent.of(actor.username(), AuditAction.CATALOGUE_ENTRY_CREATED, OffsetDateTime.now(ZoneOffset.UTC))
                .on(type, code).change(null, AuditJson.of(after)).origin(actor.origin()).build());
    }

    private <T> T changed(String type, String code, Supplier<Map<String, Object>> snapshot, Actor actor, Supplier<T> change) {
        String before = AuditJson.of(snapshot.get());
        T result = change.get();
        audit.append(AuditEvent.of(actor.username(), AuditAction.CATALOGUE_ENTRY_CHANGED, OffsetDateTime.now(ZoneOffset.UTC))
                .on(type, code).change(before, AuditJson.of(snapshot.get())).origin(actor.origin()).build());
        return result;
    }
}
