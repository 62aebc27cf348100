package com.northstar.member.migration;

import com.northstar.platform.core.envelope.KopResponse;
import java.util.List;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * partner-adapter-service's INTERNAL user look-ups (Weichuang 1.2.2-1.2.5); 404 on the user: Weichuang does not know
 * the phone; 503: Weichuang is down, retry later.
 */
@FeignClient(name = "partner-adapter", url = "${member.partner-adapter.uri}")
interface PartnerClient {

    record User(String userId, String merchantId, String userName, String phoneNo, String idCardStateStr,
            String inviter, String shareCode, String sex, String birthday, String createDate) {
    }

    /** @param depositAmount yuan, e.g. "299.00" */
    record Deposit(String depositType, String depositTime, String depositAmount) {
    }

    record Package(String packageName, String packageType, String packageCreateTime,
            String packageEffectiveContent) {
    }

    record Battery(String batteryCode, String merchantId, String merchantName, String userId, String userName,
            String userPhone, Integer state, String model, String cover) {
    }

    record BatteryList(List<Battery> batteryList) {
    }

    @GetMapping("/internal/partner/users/{phoneNo}")
    KopResponse<User> user(@PathVariable("phoneNo") String phoneNo);

    @GetMapping("/internal/partner/users/{phoneNo}/deposit")
    KopResponse<Deposit> deposit(@PathVariable("phoneNo") String phoneNo);

    @GetMapping("/internal/partner/users/{phoneNo}/package")
    KopResponse<Package> userPackage(@PathVariable("phoneNo") String phoneNo);

    @GetMapping("/internal/partner/users/{phoneNo}/batteries")
    KopResponse<BatteryList> batteries(@PathVariable("phoneNo") String phoneNo);
}
