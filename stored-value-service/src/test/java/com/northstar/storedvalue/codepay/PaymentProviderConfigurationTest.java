package com.northstar.storedvalue.codepay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Code payments fail closed: without a configured provider (prod sets none) the service does not start. */
class PaymentProviderConfigurationTest {

    private final ApplicationContextRunner codePayments = new ApplicationContextRunner()
            .withInitializer(context -> context.getBeanFactory()
                    .setConversionService(ApplicationConversionService.getSharedInstance()))
            .withUserConfiguration(SimulatedPaymentProvider.class, CodePayments.class)
            .withBean(CodePaymentMapper.class, () -> mock(CodePaymentMapper.class))
            .withBean(SimulatedChargeMapper.class, () -> mock(SimulatedChargeMapper.class))
            .withBean(TransactionTemplate.class, () -> new TransactionTemplate(mock(PlatformTransactionManager.class)))
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void withoutAPaymentProviderTheServiceDoesNotStart() {
        codePayments.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("no payment provider for code payments")
                    .hasMessageContaining("stored-value.payment-provider");
        });
    }

    @Test
    void withTheSimulatorConfiguredCodePaymentsUseIt() {
        codePayments.withPropertyValues("stored-value.payment-provider=simulator").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).getBean(PaymentProvider.class).isInstanceOf(SimulatedPaymentProvider.class);
        });
    }

    @Test
    void localRunsGetTheSimulatorAndProductionOnlyTheProviderItNames() throws IOException {
        YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
        assertThat(yaml.load("application.yml", new ClassPathResource("application.yml")).get(0)
                .getProperty("stored-value.payment-provider")).hasToString("simulator");
        assertThat(yaml.load("application-prod.yml", new ClassPathResource("application-prod.yml")).get(0)
                .getProperty("stored-value.payment-provider")).hasToString("${STORED_VALUE_PAYMENT_PROVIDER:}");
    }
}
