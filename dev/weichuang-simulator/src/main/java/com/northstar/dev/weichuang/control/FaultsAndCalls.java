package com.northstar.dev.weichuang.control;

import com.northstar.dev.weichuang.support.Resettable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/** The faults waiting to be applied, one per path, the answers they hold back, and the last calls received. */
@Component
class FaultsAndCalls implements Resettable {

    private static final int KEPT_CALLS = 1000;

    private final Map<String, Fault> faults = new HashMap<>();
    private final Deque<RecordedCall> calls = new ArrayDeque<>();
    /** Counted down, and replaced, when the answers held back so far are to be let go. */
    private CountDownLatch heldBack = new CountDownLatch(1);

    synchronized void inject(Fault fault) {
        faults.put(fault.path(), fault);
    }

    /** The fault for this call, if any, counted as used. */
    synchronized Optional<Fault> take(String path) {
        Fault fault = faults.get(path);
        if (fault == null) {
            return Optional.empty();
        }
        Fault left = fault.used();
        if (left.count() > 0) {
            faults.put(path, left);
        } else {
            faults.remove(path);
        }
        return Optional.of(fault);
    }

    synchronized List<Fault> faults() {
        return List.copyOf(faults.values());
    }

    /** Also lets go of the answers held back by SLOW and TIMEOUT faults. */
    synchronized void clearFaults() {
        faults.clear();
        heldBack.countDown();
        heldBack = new CountDownLatch(1);
    }

    /** Holds the calling request thread for {@code delayMs}, or until the faults are cleared, whichever is first. */
    void holdBack(long delayMs) {
        CountDownLatch release;
        synchronized (this) {
            release = heldBack;
        }
        try {
            release.await(delayMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized void record(RecordedCall call) {
        if (calls.size() == KEPT_CALLS) {
            calls.removeFirst();
        }
        calls.addLast(call);
    }

    synchronized List<RecordedCall> calls(String path) {
        return calls.stream().filter(call -> path == null || call.path().equals(path)).toList();
    }

    synchronized void clearCalls() {
        calls.clear();
    }

    @Override
    public synchronized void reset() {
        clearFaults();
        clearCalls();
    }
}
