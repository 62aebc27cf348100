package com.northstar.auth.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoAccountsTest {

    private static final String DEFAULT_PASSWORD = "local-only-password";

    private static DemoAccounts demoAccounts(MockEnvironment environment) {
        return new DemoAccounts(null, null, null, DEFAULT_PASSWORD, environment);
    }

    @Test
    void prodRefusesTheDemoAccountsWithoutAPasswordGivenAsDemoPassword() {
        MockEnvironment prod = new MockEnvironment();
        prod.setActiveProfiles("prod");

        assertThatIllegalStateException().isThrownBy(() -> demoAccounts(prod)).withMessageContaining("DEMO_PASSWORD");
    }

    @Test
    void prodCreatesThemWithTheDemoPasswordItIsGiven() {
        MockEnvironment prod = new MockEnvironment().withProperty("DEMO_PASSWORD", "chosen-for-this-demo");
        prod.setActiveProfiles("prod");

        assertThatCode(() -> demoAccounts(prod)).doesNotThrowAnyException();
    }

    @Test
    void localRunsUseTheDefaultPassword() {
        MockEnvironment local = new MockEnvironment();
        local.setActiveProfiles("local");

        assertThatCode(() -> demoAccounts(local)).doesNotThrowAnyException();
    }
}
