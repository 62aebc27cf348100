package com.northstar.member.migration;

import com.northstar.platform.core.envelope.KopResponse;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * asset-service's INTERNAL migration bind: idempotent per user and battery (the same bindingId again); 409 when the
 * battery is bound to someone else.
 */
@FeignClient(name = "asset-bindings", url = "${member.asset-service.uri}")
interface AssetBindingClient {

    record Bind(String userId, String userName, String userPhone, String batteryCode, String merchantCode) {
    }

    record Bound(String bindingId) {
    }

    @PostMapping("/internal/asset/battery-bindings/migrate")
    KopResponse<Bound> migrate(@RequestBody Bind bind);
}
