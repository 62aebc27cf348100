package com.northstar.dev.weichuang.control;

import com.northstar.dev.weichuang.support.Resettable;
import com.northstar.platform.core.envelope.KopResponse;
import com.northstar.platform.core.error.ApiException;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For tests: inject faults, read the calls received, and put everything back as it was at startup. */
@RestController
@RequestMapping(ControlController.PATH)
class ControlController {

    static final String PATH = "/wc/_control";

    private final FaultsAndCalls faultsAndCalls;
    private final List<Resettable> state;

    ControlController(FaultsAndCalls faultsAndCalls, List<Resettable> state) {
        this.faultsAndCalls = faultsAndCalls;
        this.state = state;
    }

    @PostMapping("/faults")
    KopResponse<Fault> inject(@RequestBody Fault fault) {
        if (fault.path() == null || !fault.path().startsWith("/wc/") || fault.path().startsWith(PATH + "/")
                || fault.mode() == null || fault.count() < 1 || fault.delayMs() < 0
                || fault.delayMs() > Fault.MAX_DELAY_MS) {
            throw ApiException.badRequest("a fault needs a /wc/ path, a mode (SLOW, FAIL, DUPLICATE, TIMEOUT, RESET),"
                    + " count >= 1 and 0 <= delayMs <= " + Fault.MAX_DELAY_MS);
        }
        faultsAndCalls.inject(fault);
        return KopResponse.ok(fault);
    }

    @GetMapping("/faults")
    KopResponse<List<Fault>> faults() {
        return KopResponse.ok(faultsAndCalls.faults());
    }

    /** Also lets go of every answer a SLOW or TIMEOUT fault is holding back. */
    @DeleteMapping("/faults")
    KopResponse<Void> clearFaults() {
        faultsAndCalls.clearFaults();
        return KopResponse.ok(null);
    }

    @GetMapping("/calls")
    KopResponse<List<RecordedCall>> calls(@RequestParam(required = false) String path) {
        return KopResponse.ok(faultsAndCalls.calls(path));
    }

    @DeleteMapping("/calls")
    KopResponse<Void> clearCalls() {
        faultsAndCalls.clearCalls();
        return KopResponse.ok(null);
    }

    /** Seeded data, faults and recorded calls as at startup; held-back answers are let go. */
    @PostMapping("/reset")
    KopResponse<Void> reset() {
        state.forEach(Resettable::reset);
        return KopResponse.ok(null);
    }
}
