package com.northstar.storedvalue.codepay;

/** What a {@link PaymentProvider} said of a charge: never {@link CodePaymentState#PAYING}; its trade number if any. */
public record ProviderOutcome(CodePaymentState state, String tradeNo) {

    public ProviderOutcome {
        if (state == CodePaymentState.PAYING) {
            throw new IllegalArgumentException("a provider's outcome is never PAYING");
        }
    }

    /** The provider could not be asked or could not tell. */
    public static ProviderOutcome unknown() {
        return new ProviderOutcome(CodePaymentState.UNKNOWN, null);
    }
}
