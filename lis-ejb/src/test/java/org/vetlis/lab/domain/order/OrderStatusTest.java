package org.vetlis.lab.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.lab.domain.order.TestRunStatus.CANCELLED;
import static org.vetlis.lab.domain.order.TestRunStatus.PENDING;
import static org.vetlis.lab.domain.order.TestRunStatus.RESULTED;
import static org.vetlis.lab.domain.order.TestRunStatus.SENT;
import static org.vetlis.lab.domain.order.TestRunStatus.VERIFIED;

import java.util.List;

import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @Test
    void anOrderMovesForwardWithItsRuns() {
        assertThat(OrderStatus.derive(List.of(PENDING, PENDING), false, false, false)).isEqualTo(OrderStatus.ENTERED);
        assertThat(OrderStatus.derive(List.of(PENDING, PENDING), false, true, false)).isEqualTo(OrderStatus.IN_PROGRESS);
        assertThat(OrderStatus.derive(List.of(SENT, PENDING), false, false, false)).isEqualTo(OrderStatus.IN_PROGRESS);
        assertThat(OrderStatus.derive(List.of(RESULTED, SENT), false, true, false)).isEqualTo(OrderStatus.PARTIALLY_RESULTED);
        assertThat(OrderStatus.derive(List.of(RESULTED, VERIFIED), false, true, false)).isEqualTo(OrderStatus.RESULTED);
        assertThat(OrderStatus.derive(List.of(VERIFIED, VERIFIED), false, true, false)).isEqualTo(OrderStatus.VERIFIED);
        assertThat(OrderStatus.derive(List.of(VERIFIED, VERIFIED), false, true, true)).isEqualTo(OrderStatus.REPORTED);
    }

    @Test
    void cancelledRunsDoNotHoldAnOrderBack() {
        assertThat(OrderStatus.derive(List.of(VERIFIED, CANCELLED), false, true, false)).isEqualTo(OrderStatus.VERIFIED);
        assertThat(OrderStatus.derive(List.of(CANCELLED, CANCELLED), false, true, false)).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void aCancelledOrderIsCancelledWhateverItsRuns() {
        assertThat(OrderStatus.derive(List.of(RESULTED), true, true, false)).isEqualTo(OrderStatus.CANCELLED);
    }
}
