package com.northstar.partner.weichuang;

import com.northstar.partner.weichuang.WeichuangWire.BatteryList;
import com.northstar.partner.weichuang.WeichuangWire.BatteryQuery;
import com.northstar.partner.weichuang.WeichuangWire.BindingUpdate;
import com.northstar.partner.weichuang.WeichuangWire.DepositRefund;
import com.northstar.partner.weichuang.WeichuangWire.MigrationDone;
import com.northstar.partner.weichuang.WeichuangWire.PhoneQuery;
import com.northstar.partner.weichuang.WeichuangWire.RefundReceipt;
import com.northstar.partner.weichuang.WeichuangWire.Result;
import com.northstar.partner.weichuang.WeichuangWire.TankList;
import com.northstar.partner.weichuang.WeichuangWire.TankQuery;
import com.northstar.partner.weichuang.WeichuangWire.UserDeposit;
import com.northstar.partner.weichuang.WeichuangWire.UserInfo;
import com.northstar.partner.weichuang.WeichuangWire.UserPackage;
import com.northstar.platform.core.envelope.KopResponse;
import com.northstar.platform.service.caller.OutsideTheSuite;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The one client of Weichuang in the suite, paths from {@code weichuang.paths.*}. Called only through
 * {@link WeichuangCalls}, which adds the time limit, breaker, bulkhead, retries and call log. It calls outside the
 * suite, so it carries no X-Auth-* header; its calls are signed instead ({@link WeichuangClientConfiguration}).
 */
@FeignClient(name = "weichuang", url = "${weichuang.base-url}", configuration = WeichuangClientConfiguration.class)
public interface WeichuangClient extends OutsideTheSuite {

    @PostMapping("${weichuang.paths.tank-query}")
    KopResponse<TankList> tankQuery(@RequestBody TankQuery request);

    @PostMapping("${weichuang.paths.binding-update}")
    KopResponse<Result> bindingUpdate(@RequestBody BindingUpdate request);

    @PostMapping("${weichuang.paths.battery-list}")
    KopResponse<BatteryList> batteryList(@RequestBody BatteryQuery request);

    @PostMapping("${weichuang.paths.user-deposit}")
    KopResponse<UserDeposit> userDeposit(@RequestBody PhoneQuery request);

    @PostMapping("${weichuang.paths.user-package}")
    KopResponse<UserPackage> userPackage(@RequestBody PhoneQuery request);

    @PostMapping("${weichuang.paths.user-info}")
    KopResponse<UserInfo> userInfo(@RequestBody PhoneQuery request);

    @PostMapping("${weichuang.paths.migration-done}")
    KopResponse<Result> migrationDone(@RequestBody MigrationDone request);

    @PostMapping("${weichuang.paths.deposit-refund}")
    KopResponse<RefundReceipt> depositRefund(@RequestBody DepositRefund request);
}
