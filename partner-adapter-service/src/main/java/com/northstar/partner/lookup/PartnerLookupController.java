package com.northstar.partner.lookup;

import com.northstar.partner.weichuang.WeichuangWire.BatteryList;
import com.northstar.partner.weichuang.WeichuangWire.TankList;
import com.northstar.partner.weichuang.WeichuangWire.UserDeposit;
import com.northstar.partner.weichuang.WeichuangWire.UserInfo;
import com.northstar.partner.weichuang.WeichuangWire.UserPackage;
import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.KopResponse;
import com.northstar.platform.core.envelope.Seed;
import com.northstar.platform.service.caller.CallersAllowed;
import com.northstar.platform.service.web.SeedApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the other services may ask Weichuang, INTERNAL only (never routed by the gateway). Weichuang unreachable,
 * its breaker open or timed out: 503 {@code Weichuang is unavailable, retry later}, so callers fall back.
 */
@RestController
@SeedApi(Seed.KOP)
@RequestMapping("/internal/partner")
@Tag(name = "Weichuang lookups", description = "INTERNAL: Weichuang's cabinets and users for the other services")
class PartnerLookupController {

    private final WeichuangLookups lookups;

    PartnerLookupController(WeichuangLookups lookups) {
        this.lookups = lookups;
    }

    @PostMapping("/tanks/query")
    @Operation(operationId = "partnerTankQuery", summary = "Cabinets by codes (wcTankQuery); unknown codes are absent")
    @CallersAllowed(Role.INTERNAL)
    KopResponse<TankList> tanks(@Valid @RequestBody TankCodes request) {
        return KopResponse.ok(lookups.tanks(request.tankCodes()));
    }

    @GetMapping("/users/{phoneNo}")
    @Operation(operationId = "partnerUserInfo", summary = "A Weichuang user (wcUserInfo); 404 when unknown there")
    @CallersAllowed(Role.INTERNAL)
    KopResponse<UserInfo> user(@PathVariable String phoneNo) {
        return KopResponse.ok(lookups.user(phoneNo));
    }

    @GetMapping("/users/{phoneNo}/deposit")
    @Operation(operationId = "partnerUserDeposit", summary = "The user's deposit at Weichuang (wcUserDeposit), or null")
    @CallersAllowed(Role.INTERNAL)
    KopResponse<UserDeposit> deposit(@PathVariable String phoneNo) {
        return KopResponse.ok(lookups.deposit(phoneNo));
    }

    @GetMapping("/users/{phoneNo}/package")
    @Operation(operationId = "partnerUserPackage", summary = "The user's package at Weichuang (wcUserPackage), or null")
    @CallersAllowed(Role.INTERNAL)
    KopResponse<UserPackage> userPackage(@PathVariable String phoneNo) {
        return KopResponse.ok(lookups.userPackage(phoneNo));
    }

    @GetMapping("/users/{phoneNo}/batteries")
    @Operation(operationId = "partnerUserBatteries", summary = "The batteries Weichuang has bound to the user",
            description = "wcBatteryList filters by batteryCode only, so it is called blank and the user's kept.")
    @CallersAllowed(Role.INTERNAL)
    KopResponse<BatteryList> batteries(@PathVariable String phoneNo) {
        return KopResponse.ok(lookups.batteries(phoneNo));
    }
}
