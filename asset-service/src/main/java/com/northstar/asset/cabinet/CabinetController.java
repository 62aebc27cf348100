package com.northstar.asset.cabinet;

import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.KopResponse;
import com.northstar.platform.core.envelope.Seed;
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
@Tag(name = "cabinets", description = "seed 000 §2.1.1")
class CabinetController {

    private final CabinetService service;

    CabinetController(CabinetService service) {
        this.service = service;
    }

    @PostMapping("/api/asset/tanks/update")
    @Operation(operationId = "assetTankUpdate", summary = "Weichuang changes a cabinet's location (§2.1.1, KOP "
            + "hm.device.p.tankUpdate)", description = "A cabinet unknown here is taken over from Weichuang first; "
                    + "unknown there too: 404. 503: Weichuang could not be asked, nothing changed, retry. A change "
                    + "publishes asset.cabinet-changed; the same location again changes nothing.")
    @CallersAllowed({ Role.PARTNER, Role.OPS })
    KopResponse<Void> update(@Valid @RequestBody TankUpdateRequest request) {
        service.update(request.tankCode().trim(), Location.of(request));
        return KopResponse.ok(null);
    }
}
