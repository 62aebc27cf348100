package com.northstar.dev.weichuang.partner;

import com.northstar.dev.weichuang.partner.WeichuangAccounts.Account;
import com.northstar.dev.weichuang.partner.WeichuangWire.BatteryList;
import com.northstar.dev.weichuang.partner.WeichuangWire.BatteryQuery;
import com.northstar.dev.weichuang.partner.WeichuangWire.BindingUpdate;
import com.northstar.dev.weichuang.partner.WeichuangWire.DepositRefund;
import com.northstar.dev.weichuang.partner.WeichuangWire.MigrationDone;
import com.northstar.dev.weichuang.partner.WeichuangWire.PhoneQuery;
import com.northstar.dev.weichuang.partner.WeichuangWire.RefundReceipt;
import com.northstar.dev.weichuang.partner.WeichuangWire.Result;
import com.northstar.dev.weichuang.partner.WeichuangWire.TankList;
import com.northstar.dev.weichuang.partner.WeichuangWire.TankQuery;
import com.northstar.dev.weichuang.partner.WeichuangWire.UserDeposit;
import com.northstar.dev.weichuang.partner.WeichuangWire.UserInfo;
import com.northstar.dev.weichuang.partner.WeichuangWire.UserPackage;
import com.northstar.platform.core.envelope.KopResponse;
import com.northstar.platform.core.error.ApiException;
import java.math.BigDecimal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Seed 000 section 1: what Weichuang serves and partner-adapter-service calls. Paths are ours (README.md). */
@RestController
@RequestMapping("/wc")
class WeichuangController {

    private final WeichuangAccounts accounts;

    WeichuangController(WeichuangAccounts accounts) {
        this.accounts = accounts;
    }

    /** wcTankQuery, 1.1.1. */
    @PostMapping("/tanks/query")
    KopResponse<TankList> tankQuery(@RequestBody TankQuery request) {
        if (request.tankCodes() == null || request.tankCodes().isEmpty()) {
            throw ApiException.badRequest("tankCodes is required");
        }
        return KopResponse.ok(new TankList(accounts.tanks(request.tankCodes())));
    }

    /** wcBindingUpdate, 1.2.1. */
    @PostMapping("/batteries/binding")
    KopResponse<Result> bindingUpdate(@RequestBody BindingUpdate request) {
        require(request.batteryCode(), "batteryCode");
        if (request.state() == null || (request.state() != 0 && request.state() != 1)) {
            throw ApiException.badRequest("state must be 1 (bound) or 0 (unbound)");
        }
        if (request.state() == 1) {
            require(request.userId(), "userId");
            require(request.userPhone(), "userPhone");
        }
        accounts.updateBinding(request.batteryCode(), request.userId(), request.userPhone(), request.state());
        return KopResponse.ok(Result.OK);
    }

    /** wcBatteryList, 1.2.2. */
    @PostMapping("/batteries/query")
    KopResponse<BatteryList> batteryList(@RequestBody BatteryQuery request) {
        return KopResponse.ok(new BatteryList(accounts.batteries(request.batteryCode())));
    }

    /** wcUserDeposit, 1.2.3: {@code data} is null when the user has no deposit (any more). */
    @PostMapping("/users/deposit")
    KopResponse<UserDeposit> userDeposit(@RequestBody PhoneQuery request) {
        return KopResponse.ok(account(request).deposit());
    }

    /** wcUserPackage, 1.2.4: {@code data} is null when the user has no package. */
    @PostMapping("/users/package")
    KopResponse<UserPackage> userPackage(@RequestBody PhoneQuery request) {
        return KopResponse.ok(account(request).userPackage());
    }

    /** wcUserInfo, 1.2.5. */
    @PostMapping("/users/info")
    KopResponse<UserInfo> userInfo(@RequestBody PhoneQuery request) {
        return KopResponse.ok(account(request).info());
    }

    /** wcMigrationDone, 1.2.6: telling it twice is harmless. */
    @PostMapping("/users/migration-done")
    KopResponse<Result> migrationDone(@RequestBody MigrationDone request) {
        require(request.phoneNo(), "phoneNo");
        accounts.markMigrated(request.phoneNo());
        return KopResponse.ok(Result.OK);
    }

    /** wcDepositRefund, 1.2.7: idempotent on our {@code refundNo}. */
    @PostMapping("/deposits/refund")
    KopResponse<RefundReceipt> depositRefund(@RequestBody DepositRefund request) {
        require(request.refundNo(), "refundNo");
        require(request.phoneNo(), "phoneNo");
        require(request.refundAmount(), "refundAmount");
        try {
            if (new BigDecimal(request.refundAmount()).signum() <= 0) {
                throw ApiException.badRequest("refundAmount must be positive");
            }
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("refundAmount must be a yuan amount such as 299.00");
        }
        return KopResponse.ok(accounts.refund(request));
    }

    private Account account(PhoneQuery request) {
        require(request.phoneNo(), "phoneNo");
        return accounts.account(request.phoneNo());
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest(field + " is required");
        }
    }
}
