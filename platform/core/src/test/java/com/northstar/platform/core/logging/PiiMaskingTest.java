package com.northstar.platform.core.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PiiMaskingTest {

    @Test
    void mobileNumbersKeepTheirFirstThreeAndLastFourDigits() {
        assertThat(PiiMasking.mask("report from 13812345678 accepted")).isEqualTo("report from 138****5678 accepted");
    }

    @Test
    void idCardNumbersKeepTheirFirstThreeAndLastFourCharacters() {
        assertThat(PiiMasking.mask("id 11010519491231002X")).isEqualTo("id 110***********002X");
    }

    @Test
    void longerDigitRunsSuchAsOrderIdsAreLeftAlone() {
        assertThat(PiiMasking.mask("order 1381234567890123")).isEqualTo("order 1381234567890123");
    }
}
