package com.northstar.dev.weichuang.control;

/**
 * What the next {@code count} calls of {@code path} get instead of a plain answer.
 *
 * @param delayMs for SLOW and TIMEOUT, how long the answer is held back (at most {@link #MAX_DELAY_MS}); the
 *        faults' {@code DELETE} and {@code reset} let every held-back answer go at once
 */
record Fault(String path, Mode mode, Integer count, Long delayMs) {

    /** A request thread is never held longer than this, whatever a test asks. */
    static final long MAX_DELAY_MS = 120_000;

    enum Mode {
        /** Carries the call out and answers normally, after {@code delayMs}. */
        SLOW(3000),
        /** Does nothing and answers 500 in the KOP envelope. */
        FAIL(3000),
        /**
         * Carries the call out, then answers 409 "duplicate request" as a partner does for a request it has seen
         * before: the caller must take the call as done, not retry it or count it as failed.
         */
        DUPLICATE(3000),
        /**
         * Carries the call out, then holds the answer back for {@code delayMs}, long enough for the caller to give
         * up first: the caller cannot know whether it was done.
         */
        TIMEOUT(60_000),
        /**
         * Carries the call out, then closes the connection with no answer at all, not even a status line: the
         * caller sees a connection reset or an early end of stream.
         */
        RESET(3000);

        private final long defaultDelayMs;

        Mode(long defaultDelayMs) {
            this.defaultDelayMs = defaultDelayMs;
        }
    }

    Fault {
        count = count == null ? 1 : count;
        delayMs = delayMs != null ? delayMs : mode == null ? 0L : mode.defaultDelayMs;
    }

    Fault used() {
        return new Fault(path, mode, count - 1, delayMs);
    }
}
