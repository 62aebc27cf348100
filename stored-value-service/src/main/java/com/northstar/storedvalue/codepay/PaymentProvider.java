package com.northstar.storedvalue.codepay;

import java.math.BigDecimal;

/**
 * A payment provider that charges scanned WeChat/Alipay payment codes; each tenant is its own merchant account
 * there (calls run in the tenant's scope). Which one is configured by {@code stored-value.payment-provider}; without
 * one the service does not start, so no code payment is ever answered by a stand-in in production.
 */
public interface PaymentProvider {

    /**
     * Charges {@code money} for {@code orderCode} to the payer of {@code payCode}. An outcome the provider could not
     * confirm is {@link CodePaymentState#UNKNOWN}, never a failure.
     */
    ProviderOutcome charge(String payCode, String orderCode, BigDecimal money);

    /** What the provider knows now of the charge for {@code orderCode} ({@link CodePaymentState#UNKNOWN} if nothing). */
    ProviderOutcome query(String orderCode);
}
