package com.northstar.gateway.ratelimit;

/** One caller's bucket: up to {@code capacity} tokens, refilled continuously at a fixed rate. */
final class TokenBucket {

    private final long capacity;
    private final double refillPerNano;
    private double tokens;
    private long refilledAt;

    TokenBucket(long capacity, double refillPerSecond, long now) {
        this.capacity = capacity;
        this.refillPerNano = refillPerSecond / 1_000_000_000d;
        this.tokens = capacity;
        this.refilledAt = now;
    }

    synchronized boolean tryTake(long now) {
        refill(now);
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }

    /** Zero while a token is left; otherwise how long until the next one. */
    synchronized long nanosUntilToken(long now) {
        refill(now);
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / refillPerNano);
    }

    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        tokens = Math.min(capacity, tokens + (now - refilledAt) * refillPerNano);
        refilledAt = now;
    }
}
