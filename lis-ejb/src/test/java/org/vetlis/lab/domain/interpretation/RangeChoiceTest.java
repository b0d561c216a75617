package org.vetlis.lab.domain.interpretation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.lab.domain.patient.NeuterStatus.INTACT;
import static org.vetlis.lab.domain.patient.NeuterStatus.NEUTERED;
import static org.vetlis.lab.domain.patient.Sex.FEMALE;
import static org.vetlis.lab.domain.patient.Sex.MALE;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.vetlis.lab.domain.patient.NeuterStatus;
import org.vetlis.lab.domain.patient.Sex;

/** Which range a result is read against, and the flag it gets: the precedence table of the reference ranges. */
class RangeChoiceTest {

    // one test for dogs: a species range, a female one, a neutered female one, a puppy band, a senior band and one of
    // an analyzer; each with its own limits so the flag shows which was chosen
    private static final ReferenceRange SPECIES = range(null, null, null, null, null, 10, 100, "species");
    private static final ReferenceRange FEMALES = range(FEMALE, null, null, null, null, 20, 100, "females");
    private static final ReferenceRange SPAYED = range(FEMALE, NEUTERED, null, null, null, 30, 100, "spayed females");
    private static final ReferenceRange PUPPIES = range(null, null, 0, 365, null, 40, 300, "puppies");
    private static final ReferenceRange SENIORS = range(null, null, 2555, null, null, 10, 150, "seniors");
    private static final ReferenceRange ANALYZER = range(null, null, null, null, "CHEM1", 5, 90, "analyzer CHEM1");
    private static final List<ReferenceRange> ALL = List.of(SPECIES, FEMALES, SPAYED, PUPPIES, SENIORS, ANALYZER);

    @ParameterizedTest(name = "{0} {1}, {2} days, {3}: {5}")
    @CsvSource(nullValues = "-", value = {
            // sex,  neuter,   age,  instrument, value, chosen,           flag
            "MALE,   INTACT,   1000, -,          25,    species,          N",
            "MALE,   INTACT,   1000, -,          5,     species,          L",
            "FEMALE, INTACT,   1000, -,          15,    females,          L",
            "FEMALE, NEUTERED, 1000, -,          25,    spayed females,   L",
            "FEMALE, NEUTERED, 100,  -,          250,   puppies,          N",   // an age band beats sex and neuter status together
            "MALE,   INTACT,   -,    -,          250,   species,          H",   // age unknown: no banded range applies
            "MALE,   INTACT,   365,  -,          250,   species,          H",   // the band's end is exclusive
            "MALE,   INTACT,   364,  -,          250,   puppies,          N",
            "MALE,   INTACT,   3000, -,          120,   seniors,          N",
            "FEMALE, NEUTERED, 100,  CHEM1,      95,    analyzer CHEM1,   H",   // the instrument's own range beats everything
            "FEMALE, NEUTERED, 100,  OTHER,      95,    puppies,          N",
    })
    void theMostSpecificRangeThatAppliesIsChosen(Sex sex, NeuterStatus neuter, Integer age, String instrument, int value, String chosen,
                                                 ResultFlag flag) {
        ResultSubject animal = new ResultSubject(sex, neuter, age, instrument, "U/L");

        var range = RangeChoice.mostSpecific(ALL, animal);

        assertThat(range).map(ReferenceRange::source).hasValue(chosen);
        assertThat(ResultFlag.of(BigDecimal.valueOf(value), range)).isEqualTo(flag);
    }

    @Test
    void noRangeForTheSpeciesOrTheUnitIsSaidNotLeftBlank() {
        var none = RangeChoice.mostSpecific(List.of(), new ResultSubject(MALE, INTACT, 1000, null, "U/L"));
        assertThat(ResultFlag.of(BigDecimal.ONE, none)).isEqualTo(ResultFlag.NO_RANGE);

        var otherUnit = RangeChoice.mostSpecific(ALL, new ResultSubject(MALE, INTACT, 1000, null, "ukat/L"));
        assertThat(otherUnit).as("a range in another unit does not read this value").isEmpty();
        assertThat(RangeChoice.mostSpecific(ALL, new ResultSubject(MALE, INTACT, 1000, null, "u/l"))).as("unit case ignored")
                .map(ReferenceRange::source).hasValue("species");
    }

    @Test
    void criticalLimitsComeBeforeTheRangeAndTheLimitsThemselvesAreWithin() {
        var glucose = java.util.Optional.of(new ReferenceRange("GLU", "DOG", null, null, null, null, null, "mmol/L",
                new BigDecimal("3.72"), new BigDecimal("7.49"), new BigDecimal("3.0"), new BigDecimal("25.0"), "test"));

        assertThat(ResultFlag.of(new BigDecimal("2.9"), glucose)).isEqualTo(ResultFlag.LL);
        assertThat(ResultFlag.of(new BigDecimal("3.0"), glucose)).isEqualTo(ResultFlag.L);
        assertThat(ResultFlag.of(new BigDecimal("3.72"), glucose)).isEqualTo(ResultFlag.N);
        assertThat(ResultFlag.of(new BigDecimal("7.49"), glucose)).isEqualTo(ResultFlag.N);
        assertThat(ResultFlag.of(new BigDecimal("7.5"), glucose)).isEqualTo(ResultFlag.H);
        assertThat(ResultFlag.of(new BigDecimal("25.1"), glucose)).isEqualTo(ResultFlag.HH);
        assertThat(ResultFlag.HH.isCritical()).isTrue();
        assertThat(ResultFlag.H.isCritical()).isFalse();
        assertThat(glucose.get().describe()).isEqualTo("3.72–7.49 mmol/L");
    }

    @Test
    void aCatAndADogWithTheSameAltAreReadAgainstTheirOwnSpecies() {
        ReferenceRange dog = new ReferenceRange("ALT", "DOG", null, null, null, null, null, "U/L", BigDecimal.valueOf(14),
                BigDecimal.valueOf(86), null, null, "dog");
        ReferenceRange cat = new ReferenceRange("ALT", "CAT", null, null, null, null, null, "U/L", BigDecimal.valueOf(25),
                BigDecimal.valueOf(145), null, null, "cat");
        ResultSubject adult = new ResultSubject(FEMALE, NEUTERED, 2000, null, "U/L");

        assertThat(ResultFlag.of(BigDecimal.valueOf(120), RangeChoice.mostSpecific(List.of(dog), adult))).isEqualTo(ResultFlag.H);
        assertThat(ResultFlag.of(BigDecimal.valueOf(120), RangeChoice.mostSpecific(List.of(cat), adult))).isEqualTo(ResultFlag.N);
    }

    private static ReferenceRange range(Sex sex, NeuterStatus neuter, Integer from, Integer to, String instrument, int low, int high,
                                        String name) {
        return new ReferenceRange("ALP", "DOG", sex, neuter, from, to, instrument, "U/L", BigDecimal.valueOf(low), BigDecimal.valueOf(high),
                null, null, name);
    }
}
