package com.northstar.dev.weichuang.control;

/**
 * What the next {@code count} calls of {@code path} get instead of a plain answer.
 *
 * @param delayMs for SLOW, how long the answer waits
 */
record Fault(String path, Mode mode, Integer count, Long delayMs) {

    enum Mode {
        /** Answers normally after {@code delayMs}. */
        SLOW,
        /** Does nothing and answers 500 in the KOP envelope. */
        FAIL,
        /**
         * Carries the call out, then answers 409 "duplicate request" as a partner does for a request it has seen
         * before: the caller must take the call as done, not retry it or count it as failed.
         */
        DUPLICATE
    }

    Fault {
        count = count == null ? 1 : count;
        delayMs = delayMs == null ? 3000L : delayMs;
    }

    Fault used() {
        return new Fault(path, mode, count - 1, delayMs);
    }
}
