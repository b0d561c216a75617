package org.vetlis.interfaces.rest.catalogue;

import java.math.BigDecimal;
import java.util.List;

import org.vetlis.lab.domain.catalogue.LabTest;
import org.vetlis.lab.domain.catalogue.Panel;
import org.vetlis.lab.domain.catalogue.RejectionReason;
import org.vetlis.lab.domain.catalogue.SpecimenType;

/** The catalogue as the API shows it. */
final class CatalogueDtos {

    private CatalogueDtos() {
    }

    /** A test of the catalogue. */
    public record TestDto(String code, String name, String section, String unit, String resultType, int decimals,
                          String specimenType, String specimenTypeName, String container, String method, boolean active,
                          DeltaCheckDto deltaCheck) {

        static TestDto of(LabTest t) {
            return new TestDto(t.code(), t.name(), t.section(), t.unit(), t.resultType().name(), t.decimals(),
                    t.specimenType().code(), t.specimenType().name(), t.specimenType().container(), t.method(), t.isActive(),
                    t.deltaRule().map(r -> new DeltaCheckDto(r.absolute(), r.percent(), r.windowDays())).orElse(null));
        }
    }

    /**
     * A test's delta check: how far a result may move from the animal's previous verified one within {@code windowDays}
     * (an absolute change, a percent of the previous value, or either) before it is held for a person.
     */
    public record DeltaCheckDto(BigDecimal absolute, BigDecimal percent, Integer windowDays) {
    }

    /** A panel and the codes of its tests, in report order. */
    public record PanelDto(String code, String name, boolean active, List<String> tests) {

        static PanelDto of(Panel p) {
            return new PanelDto(p.code(), p.name(), p.isActive(), p.tests().stream().map(LabTest::code).toList());
        }
    }

    /** A kind of specimen and its container. */
    public record SpecimenTypeDto(String code, String name, String container, String capColour, boolean active, int sortOrder) {

        static SpecimenTypeDto of(SpecimenType t) {
            return new SpecimenTypeDto(t.code(), t.name(), t.container(), t.capColour(), t.isActive(), t.sortOrder());
        }
    }

    /** A reason a specimen may be rejected for. */
    public record RejectionReasonDto(String code, String label, boolean active, int sortOrder) {

        static RejectionReasonDto of(RejectionReason r) {
            return new RejectionReasonDto(r.code(), r.label(), r.isActive(), r.sortOrder());
        }
    }
}
