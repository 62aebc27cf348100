package com.northstar.parking.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Every move of the order state, audit state and card status tables, allowed and refused. */
class OrderStateTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 10, 0);

    @Test
    void aCreatedOrderMayBePaidTimeOutOrGoToRefund() {
        assertThat(OrderState.CREATED.mayMoveTo(OrderState.PAID)).isTrue();
        assertThat(OrderState.CREATED.mayMoveTo(OrderState.TIMED_OUT)).isTrue();
        assertThat(OrderState.CREATED.mayMoveTo(OrderState.REFUND_APPLIED)).isTrue();
        assertThat(OrderState.CREATED.mayMoveTo(OrderState.REFUNDED)).isFalse();
    }

    @Test
    void aTimedOutOrderOnlyGoesToRefundAndPaidAndRefundedAreFinal() {
        assertThat(OrderState.TIMED_OUT.mayMoveTo(OrderState.REFUND_APPLIED)).isTrue();
        assertThat(OrderState.TIMED_OUT.mayMoveTo(OrderState.PAID)).isFalse();
        assertThat(OrderState.REFUND_APPLIED.mayMoveTo(OrderState.REFUNDED)).isTrue();
        for (OrderState next : OrderState.values()) {
            assertThat(OrderState.PAID.mayMoveTo(next)).isFalse();
            assertThat(OrderState.REFUNDED.mayMoveTo(next)).isFalse();
        }
    }

    @Test
    void codesAreTheSeeds() {
        assertThat(OrderState.ofCode("01")).isEqualTo(OrderState.CREATED);
        assertThat(OrderState.ofCode("81")).isEqualTo(OrderState.TIMED_OUT);
        assertThatThrownBy(() -> OrderState.ofCode("02")).isInstanceOf(IllegalArgumentException.class);
        assertThat(AuditState.decision("03")).isEqualTo(AuditState.APPROVED);
        assertThat(AuditState.decision("04")).isEqualTo(AuditState.REJECTED);
        assertThat(AuditState.decision("01")).isNull();
    }

    @Test
    void onlyAnOrderAwaitingAuditMayBeDecided() {
        assertThat(AuditState.AWAITING.mayMoveTo(AuditState.APPROVED)).isTrue();
        assertThat(AuditState.AWAITING.mayMoveTo(AuditState.REJECTED)).isTrue();
        assertThat(AuditState.APPROVED.mayMoveTo(AuditState.REJECTED)).isFalse();
        assertThat(AuditState.REJECTED.mayMoveTo(AuditState.APPROVED)).isFalse();
    }

    @Test
    void anOrderIsPayableWithoutAuditOrOnceApprovedAndDue300SecondsAfterItBecamePayable() {
        Order withoutAudit = order(OrderState.CREATED, null, NOW);
        assertThat(withoutAudit.isPayable()).isTrue();
        assertThat(withoutAudit.isDue(NOW.plusSeconds(299))).isFalse();
        assertThat(withoutAudit.isDue(NOW.plusSeconds(300))).isTrue();
        assertThat(order(OrderState.CREATED, AuditState.AWAITING, null).isPayable()).isFalse();
        assertThat(order(OrderState.CREATED, AuditState.AWAITING, null).isDue(NOW.plusDays(9))).isFalse();
        assertThat(order(OrderState.CREATED, AuditState.APPROVED, NOW).isPayable()).isTrue();
        assertThat(order(OrderState.CREATED, AuditState.REJECTED, null).isOpen()).isFalse();
        assertThat(order(OrderState.PAID, null, NOW).whyNotPayable()).contains("paid");
    }

    @Test
    void aCardShowsItsLastOrdersAuditWhileUnpaidAndOtherwiseWhetherItRunsPastNow() {
        assertThat(CardStatus.of(NOW.plusDays(1), OrderState.CREATED, AuditState.AWAITING, NOW))
                .isEqualTo(CardStatus.AUDITING);
        assertThat(CardStatus.of(NOW.plusDays(1), OrderState.CREATED, AuditState.APPROVED, NOW))
                .isEqualTo(CardStatus.AUDITED);
        assertThat(CardStatus.of(NOW.plusDays(1), OrderState.CREATED, AuditState.REJECTED, NOW))
                .isEqualTo(CardStatus.AUDIT_REJECTED);
        assertThat(CardStatus.of(NOW.plusDays(1), OrderState.PAID, AuditState.APPROVED, NOW))
                .isEqualTo(CardStatus.IN_USE);
        assertThat(CardStatus.of(NOW, OrderState.PAID, null, NOW)).isEqualTo(CardStatus.EXPIRED);
        assertThat(CardStatus.of(null, null, null, NOW)).isEqualTo(CardStatus.EXPIRED);
    }

    @Test
    void unitsAddTheirCount() {
        assertThat(UnitType.ofCode("5").after(NOW, 1)).isEqualTo(NOW.plusYears(1));
        assertThat(UnitType.ofCode("4").after(NOW, 3)).isEqualTo(NOW.plusMonths(3));
        assertThat(UnitType.ofCode("1").after(NOW, 2)).isEqualTo(NOW.plusHours(2));
        assertThat(CardState.afterOrderClosed(true, true)).isEqualTo(CardState.VALID);
        assertThat(CardState.afterOrderClosed(false, true)).isEqualTo(CardState.TIMED_OUT);
        assertThat(CardState.afterOrderClosed(false, false)).isEqualTo(CardState.NEW);
    }

    private static Order order(OrderState state, AuditState audit, LocalDateTime payableSince) {
        return new Order("o", "c", 1, state, audit, payableSince, null, NOW.plusYears(1));
    }
}
