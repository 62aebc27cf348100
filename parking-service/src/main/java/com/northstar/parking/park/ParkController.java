package com.northstar.parking.park;

import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.ParkingResponse;
import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.service.caller.CallersAllowed;
import com.northstar.platform.service.web.SeedApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A park's org tree and the documents its renewals ask for. PARK tokens carry no park: any park is readable. */
@RestController
@SeedApi(Seed.PARKING)
@Tag(name = "parking parks", description = "seed 001 查询停车场组织机构, 查询停车场包月配置额外信息")
class ParkController {

    private final Parks parks;

    ParkController(Parks parks) {
        this.parks = parks;
    }

    @PostMapping("/api/parking/orgs/query")
    @Operation(operationId = "parkingOrgQuery", summary = "First-level orgs of a park, or the second level under "
            + "orgCode", description = "pmParkId required (400); an unknown park is 404.")
    @CallersAllowed({ Role.APP, Role.PARK })
    ParkingResponse<List<OrgView>> orgs(@RequestBody OrgQueryRequest request) {
        return ParkingResponse.ok("操作成功", parks.orgs(request.pmParkId(), request.orgCode()));
    }

    @PostMapping("/api/parking/parks/extra-config")
    @Operation(operationId = "parkingExtraConfig", summary = "The documents a park asks for with a renewal",
            description = "type 0 text, 1 image; code 0-6 as the seed lists them. pmParkId required (400); an "
                    + "unknown park is 404.")
    @CallersAllowed({ Role.APP, Role.PARK })
    ParkingResponse<List<ExtraConfigView>> extraConfig(@RequestBody ExtraConfigRequest request) {
        return ParkingResponse.ok("操作成功", parks.extraConfig(request.pmParkId()));
    }
}
