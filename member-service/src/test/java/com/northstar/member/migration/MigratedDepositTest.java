package com.northstar.member.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.northstar.member.support.Money;
import org.junit.jupiter.api.Test;

/** The deposit member.migration-completed carries: Weichuang's in fen, else the review's terms above 0, else none. */
class MigratedDepositTest {

    private static final PartnerClient.Deposit WEICHUANG = new PartnerClient.Deposit("微信支付", "2025-06-01 10:00:00",
            "299.00");

    @Test
    void weichuangsDepositIsConvertedToFenAndWinsOverTheReviewsTerms() {
        assertThat(MigratedDeposit.of(WEICHUANG, 50000L, "2026-03-05 10:00:00")).isEqualTo(new MigratedDeposit(29900,
                "微信支付", "2025-06-01 10:00:00", "WEICHUANG_MIGRATION"));
    }

    @Test
    void withoutAWeichuangDepositTheReviewsPositiveTermsAreTheDeposit() {
        assertThat(MigratedDeposit.of(null, 19900L, "2026-03-05 10:00:00")).isEqualTo(new MigratedDeposit(19900,
                "OFFLINE", "2026-03-05 10:00:00", "REVIEW_TERMS"));
        assertThat(MigratedDeposit.of(new PartnerClient.Deposit(null, null, "0.00"), 100L, "2026-03-05 10:00:00")
                .source()).isEqualTo("REVIEW_TERMS");
    }

    @Test
    void noDepositAnywhereIsNone() {
        assertThat(MigratedDeposit.of(null, 0L, "2026-03-05 10:00:00")).isNull();
        assertThat(MigratedDeposit.of(null, null, "2026-03-05 10:00:00")).isNull();
    }

    @Test
    void yuanStringsConvertExactlyBothWays() {
        assertThat(Money.fen("299.00")).isEqualTo(29900);
        assertThat(Money.fen("0.1")).isEqualTo(10);
        assertThat(Money.yuan(29900)).isEqualTo("299.00");
        assertThat(Money.yuan(5)).isEqualTo("0.05");
        assertThatThrownBy(() -> Money.fen("1.005")).isInstanceOf(ArithmeticException.class);
    }
}
