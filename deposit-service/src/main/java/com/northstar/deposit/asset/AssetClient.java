package com.northstar.deposit.asset;

import com.northstar.platform.core.envelope.KopResponse;
import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** asset-service's INTERNAL member-assets read (its README), by phone: members are matched by phone across services. */
@FeignClient(name = "asset-service", url = "${deposit.asset-service.uri}")
interface AssetClient {

    /**
     * One asset as §2.2.21 has it: assetType 0 current vehicle, 1 current battery, 2 initial vehicle, 3 initial
     * battery. {@code assetImg} is read when asset-service sends one (its contract has none yet).
     */
    record AssetInfo(Integer assetType, String assetCode, String assetModel, String assetImg) {
    }

    @GetMapping("/internal/asset/member-assets")
    KopResponse<List<AssetInfo>> memberAssets(@RequestParam("phoneNo") String phoneNo);
}
