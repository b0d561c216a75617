package org.vetlis.lab.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vetlis.lab.domain.catalogue.LabTest;
import org.vetlis.lab.domain.catalogue.ResultType;
import org.vetlis.lab.domain.catalogue.SpecimenType;
import org.vetlis.lab.domain.catalogue.TestDefinition;
import org.vetlis.lab.domain.interpretation.AutoverificationRule;
import org.vetlis.lab.domain.interpretation.ReferenceRange;
import org.vetlis.lab.domain.patient.NeuterStatus;
import org.vetlis.lab.domain.patient.Owner;
import org.vetlis.lab.domain.patient.OwnerDetails;
import org.vetlis.lab.domain.patient.Patient;
import org.vetlis.lab.domain.patient.PatientDetails;
import org.vetlis.lab.domain.patient.Sex;
import org.vetlis.lab.domain.patient.Species;

/**
 * What an autoverification rule lets through, on real orders and results: only an analyzer's number inside the
 * animal's range, with nothing holding it and nothing said by the analyzer beside it.
 */
class AutoverificationTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 24, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final SpecimenType SERUM = new SpecimenType("SERUM", "Serum", "Serum tube", "red", 20);
    private static final LabTest ALT = new LabTest("ALT", new TestDefinition("Alanine aminotransferase", "CHEMISTRY", "U/L",
            ResultType.NUMERIC, 0, SERUM, "IFCC", true, 300));
    private static final List<ReferenceRange> DOG_ALT = List.of(new ReferenceRange("ALT", "DOG", null, null, null, null, null, "U/L",
            new BigDecimal("14"), new BigDecimal("86"), null, new BigDecimal("1000"), "test"));
    private static final AutoverificationRule ON = new AutoverificationRule("ALT", true, "manager", NOW);

    @Test
    void anUnremarkableAnalyzerResultInsideTheRangeIsAllowed() {
        assertThat(ON.objectionsTo(fromAnalyzer("50", "U/L", "N", ""))).isEmpty();
        assertThat(ON.objectionsTo(fromAnalyzer("50", "U/L", "", ""))).as("no flag sent at all").isEmpty();
    }

    @Test
    void aRuleThatIsOffAllowsNothing() {
        AutoverificationRule off = new AutoverificationRule("ALT", false, "manager", NOW);
        assertThat(off.objectionsTo(fromAnalyzer("50", "U/L", "N", ""))).containsExactly("the rule is off");
    }

    @Test
    void aValueOutsideTheRangeOrBeyondTheCriticalLimitWaitsForAPerson() {
        assertThat(ON.objectionsTo(fromAnalyzer("120", "U/L", "N", ""))).containsExactly("flag H");
        assertThat(ON.objectionsTo(fromAnalyzer("1500", "U/L", "N", ""))).containsExactly("flag HH");
        assertThat(ON.objectionsTo(fromAnalyzer("<5", "U/L", "N", ""))).containsExactly("not a number");
    }

    @Test
    void whateverTheAnalyzerSaysBesideTheValueWaitsForAPerson() {
        assertThat(ON.objectionsTo(fromAnalyzer("50", "U/L", "A", ""))).containsExactly("the analyzer flagged or commented on it");
        assertThat(ON.objectionsTo(fromAnalyzer("50", "U/L", "N", "lipaemic"))).containsExactly("the analyzer flagged or commented on it");
    }

    @Test
    void aUnitVetlisCannotConvertHoldsTheResultAndHasNoRange() {
        TestRun run = fromAnalyzer("50", "ukat/L", "N", "");
        assertThat(run.reviewReason()).hasValueSatisfying(r -> assertThat(r).contains("Unit check", "ukat/L", "U/L"));
        assertThat(ON.objectionsTo(run)).hasSize(2).anySatisfy(o -> assertThat(o).startsWith("held: Unit check"))
                .contains("flag NO_RANGE");
    }

    @Test
    void aResultTypedInIsVerifiedByAPersonNotARule() {
        LabOrder order = orderForADog();
        order.receive(order.specimens().get(0).accession(), "tech", NOW);
        TestRun run = order.runs().get(0);
        run.enterManualResult("50", "tech", NOW);
        run.interpret(DOG_ALT);
        assertThat(run.flag()).hasToString("N");
        assertThat(ON.objectionsTo(run)).containsExactly("not an analyzer's result waiting for verification");
    }

    @Test
    void theVerifierNamesTheRuleAndItsVersion() {
        assertThat(ON.verifier()).as("version 0 until stored; JPA counts from there").isEqualTo("rule ALT v0");
    }

    private static TestRun fromAnalyzer(String value, String unit, String flags, String comment) {
        LabOrder order = orderForADog();
        AccessionNumber tube = order.specimens().get(0).accession();
        TestRun run = order.recordInstrumentResult(tube, "ALT", new InstrumentResult("CHEM1", value, unit, flags, "F", "", comment), NOW);
        run.interpret(DOG_ALT);
        return run;
    }

    private static LabOrder orderForADog() {
        Species dog = new Species("DOG", "Dog", "Canis lupus familiaris", 10);
        Owner owner = new Owner(new OwnerDetails("Weber", "Anna", null, null, null, null, null, null, null), NOW);
        Patient rex = new Patient(owner, new PatientDetails("Rex", "DOG", null, null, Sex.MALE, NeuterStatus.INTACT,
                LocalDate.of(2020, 5, 1), false, null, null, null, null, null, null, true, null), dog, null, NOW);
        int[] next = {1};
        return new LabOrder(rex, List.of(ALT), new OrderRequest(null, null, Urgency.ROUTINE, null, null, null), "reception",
                () -> AccessionNumber.of("2600000" + next[0]++), NOW);
    }
}
