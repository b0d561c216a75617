package org.vetlis.lab.application.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.vetlis.lab.application.Actor;
import org.vetlis.lab.application.InterpretationAdministration;
import org.vetlis.lab.domain.audit.AuditAction;
import org.vetlis.lab.domain.audit.AuditEvent;
import org.vetlis.lab.domain.audit.AuditJson;
import org.vetlis.lab.domain.audit.AuditTrail;
import org.vetlis.lab.domain.catalogue.LabTest;
import org.vetlis.lab.domain.catalogue.TestCatalog;
import org.vetlis.lab.domain.interpretation.DeltaRule;
import org.vetlis.lab.domain.interpretation.RangeDefinition;
import org.vetlis.lab.domain.interpretation.ReferenceRange;
import org.vetlis.lab.domain.interpretation.ReferenceRanges;
import org.vetlis.lab.domain.patient.SpeciesCatalog;
import org.vetlis.lab.domain.shared.InvalidInputException;
import org.vetlis.lab.domain.shared.NotFoundException;
import org.vetlis.lab.domain.shared.StaleVersionException;

@Stateless
public class DefaultInterpretationAdministration implements InterpretationAdministration {

    @Inject
    private ReferenceRanges ranges;

    @Inject
    private TestCatalog tests;

    @Inject
    private SpeciesCatalog species;

    @Inject
    private AuditTrail audit;

    @Override
    public List<ReferenceRange> ranges(String testCode, String speciesCode) {
        return ranges.search(code(testCode), code(speciesCode));
    }

    @Override
    public ReferenceRange range(long id) {
        return ranges.find(id).orElseThrow(() -> new NotFoundException("reference range", id));
    }

    @Override
    public ReferenceRange defineRange(RangeDefinition definition, Actor actor) {
        RangeDefinition d = known(definition);
        ReferenceRange range = ReferenceRange.define(d);
        ranges.store(range);
        audited(AuditAction.CATALOGUE_ENTRY_CREATED, "ReferenceRange", String.valueOf(range.id()), null, AuditJson.of(range.snapshot()), actor);
        return range;
    }

    @Override
    public ReferenceRange reviseRange(long id, long expectedVersion, RangeDefinition definition, Actor actor) {
        ReferenceRange range = range(id);
        StaleVersionException.check("Reference range", String.valueOf(id), expectedVersion, range.version());
        String before = AuditJson.of(range.snapshot());
        range.revise(known(definition));
        ranges.store(range);
        audited(AuditAction.CATALOGUE_ENTRY_CHANGED, "ReferenceRange", String.valueOf(id), before, AuditJson.of(range.snapshot()), actor);
        return range;
    }

    @Override
    public LabTest setDeltaCheck(String testCode, long expectedVersion, DeltaRule rule, Actor actor) {
        LabTest test = tests.test(code(testCode)).orElseThrow(() -> new NotFoundException("test", testCode));
        StaleVersionException.check("Test", test.code(), expectedVersion, test.version());
        String before = AuditJson.of(test.snapshot());
        test.checkDeltas(Optional.ofNullable(rule));
        audited(AuditAction.CATALOGUE_ENTRY_CHANGED, "Test", test.code(), before, AuditJson.of(test.snapshot()), actor);
        return test;
    }

    /** The definition with its codes as the catalogue writes them, once the test and species are known to exist. */
    private RangeDefinition known(RangeDefinition d) {
        String test = code(d.testCode());
        String animal = code(d.speciesCode());
        if (test != null && tests.test(test).isEmpty()) {
            throw InvalidInputException.of("test", "no test " + test + " in the catalogue");
        }
        if (animal != null && species.species(animal).isEmpty()) {
            throw InvalidInputException.of("species", "no species " + animal + " in the catalogue");
        }
        return new RangeDefinition(test, animal, d.sex(), d.neuterStatus(), d.ageFromDays(), d.ageToDays(), d.instrumentCode(), d.unit(),
                d.low(), d.high(), d.criticalLow(), d.criticalHigh(), d.source(), d.active());
    }

    private void audited(AuditAction action, String type, String id, String before, String after, Actor actor) {
        audit.append(AuditEvent.of(actor.username(), action, OffsetDateTime.now(ZoneOffset.UTC)).on(type, id).change(before, after)
                .origin(actor.origin()).build());
    }

    private static String code(String code) {
        return code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
