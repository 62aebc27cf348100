package com.northstar.platform.test.platform;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/** How another service of the suite would call the test service: an OpenFeign client. */
interface CallerCheckTestClient {

    @GetMapping(CallerCheckTestController.INTERNAL_ONLY)
    String internalOnly();

    /** Tries to pass a person's roles on; the platform's interceptor replaces them with INTERNAL. */
    @GetMapping(CallerCheckTestController.INTERNAL_ONLY)
    String internalOnlyAs(@RequestHeader("X-Auth-Roles") String roles);

    @GetMapping(CallerCheckTestController.UNDECLARED)
    String undeclared();
}
