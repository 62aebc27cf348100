package com.northstar.asset.vehicle;

import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.KopResponse;
import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.core.paging.KopPage;
import com.northstar.platform.core.time.WireDates;
import com.northstar.platform.service.caller.CallersAllowed;
import com.northstar.platform.service.web.SeedApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@SeedApi(Seed.KOP)
@Tag(name = "vehicles", description = "seed 000 §2.2.8")
class VehicleController {

    private final VehicleQueries queries;
    private final Clock clock;

    VehicleController(VehicleQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock.withZone(WireDates.ZONE);
    }

    @PostMapping("/api/asset/vehicles/overdue")
    @Operation(operationId = "assetVehicleOverdue", summary = "Overdue vehicles of merchants (§2.2.8)",
            description = "Rented vehicles whose rental end has passed, longest overdue first. deposit is yuan "
                    + "(\"299.00\"), overdueTime the rental end. A MERCHANT sees only its own merchants.")
    @CallersAllowed({ Role.MERCHANT, Role.OPS, Role.PARTNER })
    KopResponse<KopPage<OverdueVehicleView>> overdue(@Valid @RequestBody VehicleOverdueRequest request,
            Caller caller) {
        return KopResponse.ok(queries.overdue(VehicleOverdueQuery.of(request, caller, LocalDateTime.now(clock))));
    }
}
