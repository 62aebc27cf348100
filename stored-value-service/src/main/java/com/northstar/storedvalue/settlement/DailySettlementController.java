package com.northstar.storedvalue.settlement;

import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.service.caller.CallersAllowed;
import com.northstar.platform.service.web.SeedApi;
import com.northstar.storedvalue.tenancy.Till;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@SeedApi(Seed.STORED_VALUE)
class DailySettlementController {

    private final DailySettlements settlements;
    private final SettlementHistory history;

    DailySettlementController(DailySettlements settlements, SettlementHistory history) {
        this.settlements = settlements;
        this.history = history;
    }

    @GetMapping("/api/stored-value/daily-settlement/open")
    @Operation(operationId = "svSettlementOpen", summary = "#15 true while card business is allowed at the shop")
    @CallersAllowed(Role.POS)
    boolean open(Till till) {
        return settlements.isOpen(till);
    }

    /** The seed's block has no request parameters: a body ({@code {}} or none) is not read. */
    @PostMapping("/api/stored-value/daily-settlement")
    @Operation(operationId = "svSettlementRun", summary = "#16 settle the shop's current business day")
    @CallersAllowed(Role.POS)
    List<SettlementAnswer> settle(Till till) {
        return settlements.settle(till);
    }

    /** Not in the seed: the console's chart of a shop's daily totals. Bare list, like the seed's queries. */
    @GetMapping("/api/stored-value/daily-settlements")
    @Operation(operationId = "svSettlementHistory",
            summary = "the till's shop's settled days from..to (yyyy-MM-dd, at most 92 days) with their totals")
    @CallersAllowed(Role.POS)
    List<DailySettlementView> history(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Till till) {
        return history.between(till, from, to);
    }
}
