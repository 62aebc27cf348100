package com.northstar.platform.test.platform;

import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.caller.Role;
import com.northstar.platform.service.caller.CallersAllowed;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operations of the bare test service: one declared INTERNAL only, one someone forgot to declare. */
@RestController
class CallerCheckTestController {

    static final String INTERNAL_ONLY = "/platform-test/internal-only";
    static final String UNDECLARED = "/platform-test/undeclared";

    final AtomicInteger undeclaredRuns = new AtomicInteger();

    @GetMapping(INTERNAL_ONLY)
    @CallersAllowed(Role.INTERNAL)
    String internalOnly(Caller caller) {
        return caller.subject() + " " + caller.roles();
    }

    @GetMapping(UNDECLARED)
    String undeclared() {
        undeclaredRuns.incrementAndGet();
        return "ran";
    }
}
