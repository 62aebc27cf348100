package com.northstar.member.member;

import com.northstar.platform.core.envelope.KopResponse;
import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** asset-service's INTERNAL member assets (OpenFeign adds the INTERNAL headers). */
@FeignClient(name = "asset-member-assets", url = "${member.asset-service.uri}")
interface AssetClient {

    @GetMapping("/internal/asset/member-assets")
    KopResponse<List<AssetInfo>> memberAssets(@RequestParam("phoneNo") String phoneNo);
}
