package com.northstar.partner.call;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a partner call is in its life, and the only moves it may make:
 *
 * <pre>
 * PENDING  -> DELIVERED | PARKED | FAILED | PENDING (OPS: due now)
 * PARKED   -> DELIVERED | PARKED | FAILED | PENDING (OPS: due now)
 * DELIVERED, FAILED: final
 * </pre>
 *
 * An open call (PENDING or PARKED) holds back the later calls of its key, so they reach Weichuang in order.
 */
public enum CallState {
    /** Written, due at next_attempt_at. */
    PENDING,
    /** Still no definite answer after a round of in-process retries: retried on a schedule with growing delay. */
    PARKED,
    /** Weichuang did it (including "already processed"). */
    DELIVERED,
    /** Weichuang refused it for good (a 4xx other than 408/429); last_error holds its reason. */
    FAILED;

    private static final Set<CallState> OPEN = EnumSet.of(PENDING, PARKED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public boolean mayMoveTo(CallState next) {
        return isOpen() && next != null;
    }

    /** @throws IllegalStateException for a move the rules above do not allow */
    public CallState moveTo(CallState next) {
        if (!mayMoveTo(next)) {
            throw new IllegalStateException("a " + this + " call cannot become " + next);
        }
        return next;
    }
}
