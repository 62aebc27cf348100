package com.northstar.partner.weichuang;

/**
 * Weichuang answered with a definite refusal (a 4xx other than 408/429): it did not and will not do this request,
 * so repeating it is pointless. The one exception is {@link #alreadyProcessed()}: its answer to a repeat of a
 * request it has already carried out.
 */
public class WeichuangRefusedException extends RuntimeException {

    private static final String ALREADY_PROCESSED = "already processed";

    private final int status;

    public WeichuangRefusedException(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** Weichuang's reason, as it gave it. */
    public String reason() {
        return getMessage();
    }

    /** A 409 saying the same request was already carried out: for us the call is done. */
    public boolean alreadyProcessed() {
        return status == 409 && getMessage() != null && getMessage().contains(ALREADY_PROCESSED);
    }
}
