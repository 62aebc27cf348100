package com.northstar.asset.member;

import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.KopResponse;
import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.service.caller.CallersAllowed;
import com.northstar.platform.service.web.SeedApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@SeedApi(Seed.KOP)
@Tag(name = "member assets", description = "INTERNAL, for member-service's memberAssets (seed 000 §2.2.21)")
class MemberAssetsController {

    private final MemberAssetMapper assets;

    MemberAssetsController(MemberAssetMapper assets) {
        this.assets = assets;
    }

    @GetMapping("/internal/asset/member-assets")
    @Operation(operationId = "assetMemberAssets", summary = "INTERNAL: a member's current and initial vehicle and "
            + "battery", description = "By userId or phoneNo (exactly one). assetType 0 current vehicle, 1 current "
                    + "battery, 2 initial vehicle, 3 initial battery; the ones the member never had are left out.")
    @CallersAllowed(Role.INTERNAL)
    @Transactional(readOnly = true)
    KopResponse<List<AssetInfo>> memberAssets(@RequestParam(required = false) String userId,
            @RequestParam(required = false) String phoneNo) {
        MemberKey member = MemberKey.of(userId, phoneNo);
        List<AssetInfo> result = new ArrayList<>();
        add(result, AssetType.CURRENT_VEHICLE, assets.currentVehicle(member.column(), member.value()));
        add(result, AssetType.CURRENT_BATTERY, assets.currentBattery(member.column(), member.value()));
        add(result, AssetType.INITIAL_VEHICLE, assets.firstVehicle(member.column(), member.value()));
        add(result, AssetType.INITIAL_BATTERY, assets.firstBattery(member.column(), member.value()));
        return KopResponse.ok(result);
    }

    private static void add(List<AssetInfo> result, AssetType type, AssetInfo.Asset asset) {
        if (asset != null) {
            result.add(AssetInfo.of(type, asset));
        }
    }
}
