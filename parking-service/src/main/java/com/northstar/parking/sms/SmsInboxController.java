package com.northstar.parking.sms;

import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.service.caller.CallersAllowed;
import com.northstar.platform.service.web.SeedApi;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Local profile only: what the SMS simulator sent to a phone, for the gateway's {@code GET /dev/sms-inbox} (which
 * calls this as the suite's INTERNAL caller; no gateway route leads here). In no other profile does it exist.
 */
@RestController
@Profile("local")
@SeedApi(Seed.PARKING)
@Hidden
class SmsInboxController {

    record Inbox(String phone, List<LocalSmsSimulator.SentCode> messages) {
    }

    private final LocalSmsSimulator simulator;

    SmsInboxController(LocalSmsSimulator simulator) {
        this.simulator = simulator;
    }

    @GetMapping("/dev/sms-inbox")
    @CallersAllowed(Role.INTERNAL)
    Inbox inbox(@RequestParam(required = false) String phone) {
        PhoneNumbers.requireValid("phone", phone);
        return new Inbox(phone, simulator.sentTo(phone));
    }
}
