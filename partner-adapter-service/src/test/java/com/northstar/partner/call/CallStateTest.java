package com.northstar.partner.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CallStateTest {

    @ParameterizedTest
    @EnumSource(value = CallState.class, names = { "PENDING", "PARKED" })
    void anOpenCallMayBeDeliveredParkedFailedOrMadeDueAgain(CallState open) {
        assertThat(open.isOpen()).isTrue();
        for (CallState next : CallState.values()) {
            assertThat(open.moveTo(next)).isEqualTo(next);
        }
    }

    @ParameterizedTest
    @EnumSource(value = CallState.class, names = { "DELIVERED", "FAILED" })
    void anEndedCallNeverMovesAgain(CallState ended) {
        assertThat(ended.isOpen()).isFalse();
        for (CallState next : CallState.values()) {
            assertThatThrownBy(() -> ended.moveTo(next)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void onlyOpenCallsHoldBackTheLaterCallsOfTheirKey() {
        assertThat(CallState.PENDING.isOpen()).isTrue();
        assertThat(CallState.DELIVERED.isOpen()).isFalse();
    }
}
