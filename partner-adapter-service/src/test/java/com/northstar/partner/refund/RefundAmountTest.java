package com.northstar.partner.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RefundAmountTest {

    @Test
    void wcDepositRefundSendsFenAsAYuanStringWithTwoDecimals() {
        assertThat(RefundAmount.yuan(29900)).isEqualTo("299.00");
        assertThat(RefundAmount.yuan(1)).isEqualTo("0.01");
        assertThat(RefundAmount.yuan(39950)).isEqualTo("399.50");
        assertThat(RefundAmount.yuan(100_000_000_07L)).isEqualTo("100000000.07");
    }

    @Test
    void refundCompletedReportsTheYuanStringBackInFenExactly() {
        assertThat(RefundAmount.fen("299.00")).isEqualTo(29900);
        assertThat(RefundAmount.fen("0.01")).isEqualTo(1);
        assertThat(RefundAmount.fen("399.5")).isEqualTo(39950);
    }

    @Test
    void anAmountFinerThanAFenIsNoAmountOfMoney() {
        assertThatThrownBy(() -> RefundAmount.fen("1.005")).isInstanceOf(ArithmeticException.class);
    }
}
