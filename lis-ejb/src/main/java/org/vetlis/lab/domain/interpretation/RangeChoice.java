package org.vetlis.lab.domain.interpretation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.vetlis.lab.domain.catalogue.UnitName;

/**
 * Which of a test's ranges for the species applies to a result. A range applies when its unit is the result's and
 * every criterion it names matches the animal: its sex, its neuter status, an age band containing the animal's age
 * (a banded range never applies when the age is unknown), the instrument that measured. Of those that apply, the
 * most specific wins, criteria weighed in this order: instrument, then age band, then sex, then neuter status (a
 * range naming the instrument beats any that does not; among equals, an age band beats sex, and so on). Ties go to
 * the narrower age band, then to the range defined first. No range applying is an answer too: the result is
 * flagged as having none, never left blank.
 */
public final class RangeChoice {

    private static final Comparator<ReferenceRange> MOST_SPECIFIC_FIRST = Comparator
            .comparingInt(RangeChoice::specificity).reversed()
            .thenComparingLong(ReferenceRange::ageBandWidth)
            .thenComparing(r -> r.id() == null ? Long.MAX_VALUE : r.id());

    private RangeChoice() {
    }

    public static Optional<ReferenceRange> mostSpecific(List<ReferenceRange> ranges, ResultSubject subject) {
        return ranges.stream().filter(r -> applies(r, subject)).min(MOST_SPECIFIC_FIRST);
    }

    static boolean applies(ReferenceRange range, ResultSubject subject) {
        return UnitName.same(range.unit(), subject.unit())
                && (range.sex() == null || range.sex() == subject.sex())
                && (range.neuterStatus() == null || range.neuterStatus() == subject.neuterStatus())
                && (range.instrumentCode() == null || range.instrumentCode().equals(subject.instrumentCode()))
                && (!range.hasAgeBand() || subject.ageDays() != null
                    && (range.ageFromDays() == null || subject.ageDays() >= range.ageFromDays())
                    && (range.ageToDays() == null || subject.ageDays() < range.ageToDays()));
    }

    /** Instrument 8, age band 4, sex 2, neuter status 1: any higher criterion outweighs all lower ones together. */
    static int specificity(ReferenceRange range) {
        return (range.instrumentCode() != null ? 8 : 0) + (range.hasAgeBand() ? 4 : 0) + (range.sex() != null ? 2 : 0)
                + (range.neuterStatus() != null ? 1 : 0);
    }
}
