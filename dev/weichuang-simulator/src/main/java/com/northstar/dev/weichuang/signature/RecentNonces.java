package com.northstar.dev.weichuang.signature;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The nonces of the last {@code ttl}, at most {@code capacity} of them. Every nonce lives equally long, so they
 * expire in the order they came and the oldest are swept from the head.
 */
final class RecentNonces {

    enum Claim {
        FRESH,
        SEEN_BEFORE,
        /** Memory is full of unexpired nonces: refused rather than forgetting one that could then be replayed. */
        FULL
    }

    private final long ttlMillis;
    private final int capacity;
    private final LinkedHashMap<String, Long> expiryByNonce = new LinkedHashMap<>();

    RecentNonces(Duration ttl, int capacity) {
        this.ttlMillis = ttl.toMillis();
        this.capacity = capacity;
    }

    synchronized Claim claim(String nonce, long nowMillis) {
        sweep(nowMillis);
        if (expiryByNonce.containsKey(nonce)) {
            return Claim.SEEN_BEFORE;
        }
        if (expiryByNonce.size() >= capacity) {
            return Claim.FULL;
        }
        expiryByNonce.put(nonce, nowMillis + ttlMillis);
        return Claim.FRESH;
    }

    private void sweep(long nowMillis) {
        Iterator<Map.Entry<String, Long>> oldestFirst = expiryByNonce.entrySet().iterator();
        while (oldestFirst.hasNext() && oldestFirst.next().getValue() <= nowMillis) {
            oldestFirst.remove();
        }
    }
}
