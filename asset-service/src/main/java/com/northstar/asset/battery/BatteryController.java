package com.northstar.asset.battery;

import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.KopResponse;
import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.core.paging.KopPage;
import com.northstar.platform.service.caller.CallersAllowed;
import com.northstar.platform.service.web.SeedApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@SeedApi(Seed.KOP)
@Tag(name = "batteries", description = "seed 000 §2.2.15")
class BatteryController {

    private final BatteryQueries queries;

    BatteryController(BatteryQueries queries) {
        this.queries = queries;
    }

    @PostMapping("/api/asset/batteries/query")
    @Operation(operationId = "assetBatteryQuery", summary = "Operating battery list with charge state (§2.2.15)",
            description = "Batteries of the merchants named, by merchant and battery code. gridPos is the slot, "
                    + "currentBattery the last charge level read (percent), chargeFullDate when a battery in a "
                    + "cabinet will be full, canTravelDistance the estimated range in km; estimates are null "
                    + "without a reading or a known model.")
    @CallersAllowed({ Role.OPS, Role.PARTNER })
    KopResponse<KopPage<BatteryView>> query(@Valid @RequestBody BatteryQueryRequest request) {
        return KopResponse.ok(queries.query(BatteryQuery.of(request)));
    }
}
