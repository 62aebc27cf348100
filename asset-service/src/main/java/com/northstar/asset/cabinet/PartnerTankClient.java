package com.northstar.asset.cabinet;

import com.northstar.platform.core.envelope.KopResponse;
import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * partner-adapter-service's INTERNAL cabinet query ({@code wcTankQuery} at Weichuang). Timeouts are short
 * ({@code spring.cloud.openfeign.client.config.partner-adapter}): a partner waiting on assetTankUpdate is better
 * told to retry than kept hanging.
 */
@FeignClient(name = "partner-adapter", url = "${asset.partner-adapter.uri}")
interface PartnerTankClient {

    record TankQuery(List<String> tankCodes) {
    }

    record TankList(List<TankInfo> tankList) {
    }

    @PostMapping("/internal/partner/tanks/query")
    KopResponse<TankList> queryTanks(@RequestBody TankQuery query);
}
