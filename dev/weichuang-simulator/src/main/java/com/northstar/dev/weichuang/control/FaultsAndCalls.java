package com.northstar.dev.weichuang.control;

import com.northstar.dev.weichuang.support.Resettable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The faults waiting to be applied, one per path, and the last calls received. */
@Component
class FaultsAndCalls implements Resettable {

    private static final int KEPT_CALLS = 1000;

    private final Map<String, Fault> faults = new HashMap<>();
    private final Deque<RecordedCall> calls = new ArrayDeque<>();

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

    synchronized void clearFaults() {
        faults.clear();
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
