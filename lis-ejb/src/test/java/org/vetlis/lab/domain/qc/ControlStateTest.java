package org.vetlis.lab.domain.qc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vetlis.lab.domain.shared.ConflictException;
import org.vetlis.lab.domain.shared.InvalidInputException;

/** A control lot's target and z-scores, and the in-control state machine that holds patient results. */
class ControlStateTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-25T08:00:00Z");

    @Test
    void aLotOfTheInsertScoresResultsAtOnce() {
        ControlLot lot = lot(new BigDecimal("120"), new BigDecimal("5"), null, null);
        assertThat(lot.isEstablishing()).isFalse();
        assertThat(lot.z(new BigDecimal("137.5"))).hasValueSatisfying(z -> assertThat(z).isEqualTo(3.5));
        assertThat(lot.z(new BigDecimal("112.5"))).hasValueSatisfying(z -> assertThat(z).isEqualTo(-1.5));
        assertThat(lot.matchesSpecimen("A77")).as("the lot number, when no pattern is given").isTrue();
        assertThat(lot.matchesSpecimen("A7.")).isFalse();
    }

    @Test
    void theLabsOwnTargetIsWorkedOutFromTheFirstRunsOnly() {
        ControlLot lot = lot(null, null, 20, "QC-L2-\\d+");
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < 19; i++) {
            values.add(new BigDecimal(i % 2 == 0 ? "49" : "51"));
        }
        assertThat(lot.establishFrom(values)).as("19 of 20").isFalse();
        assertThat(lot.z(BigDecimal.TEN)).isEmpty();
        values.add(new BigDecimal("50"));
        values.add(new BigDecimal("90")); // a 21st result plays no part in the target
        assertThat(lot.establishFrom(values)).isTrue();
        assertThat(lot.targetMean().doubleValue()).isEqualTo(49.95);
        assertThat(lot.targetSd().doubleValue()).isCloseTo(0.998683, within(0.000001));
        assertThat(lot.establishFrom(values)).as("once").isFalse();
        assertThat(lot.matchesSpecimen("QC-L2-0042")).isTrue();
    }

    @Test
    void aLotIsRefusedWithHalfATargetTooFewRunsOrABrokenPattern() {
        assertThatThrownBy(() -> lot(new BigDecimal("1"), null, null, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> lot(null, null, 10, null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("20");
        assertThatThrownBy(() -> lot(new BigDecimal("1"), BigDecimal.ZERO, null, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> lot(null, null, null, "QC-(")).isInstanceOf(InvalidInputException.class);
        ControlLot flat = lot(null, null, 20, null);
        assertThatThrownBy(() -> flat.establishFrom(java.util.Collections.nCopies(20, BigDecimal.ONE))).isInstanceOf(ConflictException.class);
    }

    @Test
    void aFailureEndsOnlyWithACorrectiveActionAndThenAnAcceptedRun() {
        QcState state = new QcState("CHEM", "ALT");
        assertThat(state.accept(NOW, null)).as("in control: nothing ends").isFalse();
        assertThat(state.lastAcceptedAt()).isEqualTo(NOW);
        assertThatThrownBy(state::correct).isInstanceOf(ConflictException.class);

        state.reject(QcEvent.rejected("CHEM", "ALT", "run-2", NOW.plusHours(1), NOW, "1-3s: level 2 (lot A77) at +3.50 SD is beyond 3 SD", "CHEM"));
        assertThat(state.isFailed()).isTrue();
        assertThat(state.holdReason()).hasValueSatisfying(r -> assertThat(r).startsWith("QC check: ALT on CHEM failed QC").contains("1-3s"));

        assertThat(state.accept(NOW.plusHours(2), null)).as("an accepted run alone").isFalse();
        assertThat(state.isFailed()).isTrue();
        assertThat(state.lastAcceptedAt()).as("not a good run for the look-back either").isEqualTo(NOW);

        state.correct();
        assertThat(state.holdReason()).hasValueSatisfying(r -> assertThat(r).contains("corrective action recorded"));
        assertThat(state.accept(NOW.plusHours(3), "1-2s: level 1 at +2.10 SD")).isTrue();
        assertThat(state.isFailed()).isFalse();
        assertThat(state.holdReason()).isEmpty();
        assertThat(state.warnings()).contains("1-2s");
    }

    private static ControlLot lot(BigDecimal mean, BigDecimal sd, Integer runs, String pattern) {
        return new ControlLot(new ControlLot.Definition("chem", "alt", "Liquichek", "A77", "2", LocalDate.of(2027, 6, 30), "U/L", mean, sd,
                runs, pattern), "manager", NOW);
    }
}
