package com.northstar.dev.weichuang.partner;

import com.northstar.dev.weichuang.partner.WeichuangWire.BatteryInfo;
import com.northstar.dev.weichuang.partner.WeichuangWire.DepositRefund;
import com.northstar.dev.weichuang.partner.WeichuangWire.RefundReceipt;
import com.northstar.dev.weichuang.partner.WeichuangWire.TankInfo;
import com.northstar.dev.weichuang.partner.WeichuangWire.UserDeposit;
import com.northstar.dev.weichuang.partner.WeichuangWire.UserInfo;
import com.northstar.dev.weichuang.partner.WeichuangWire.UserPackage;
import com.northstar.dev.weichuang.support.Resettable;
import com.northstar.platform.core.error.ApiException;
import com.northstar.platform.core.time.WireDates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Weichuang's side of the world, in memory: cabinets, batteries and users, seeded from {@code weichuang-data.json},
 * plus the {@link SyntheticUser}s asked for since the last reset.
 */
@Component
class WeichuangAccounts implements Resettable {

    /** One Weichuang user; deposit and package are null when the user has none. */
    record Account(String userId, UserInfo info, UserDeposit deposit, UserPackage userPackage) {

        Account {
            // The seed file names the user id once, beside the info it is answered with.
            info = info.withUserId(userId);
        }
    }

    record SeedData(List<TankInfo> tanks, List<BatteryInfo> batteries, List<Account> users) {
    }

    private final JsonMapper json;
    private final Map<String, TankInfo> tanks = new LinkedHashMap<>();
    private final Map<String, BatteryInfo> batteries = new LinkedHashMap<>();
    private final Map<String, Account> usersByPhone = new LinkedHashMap<>();
    private final Set<String> migratedPhones = new HashSet<>();
    private final Map<String, RefundReceipt> refunds = new LinkedHashMap<>();

    WeichuangAccounts(JsonMapper json) {
        this.json = json;
        reset();
    }

    @Override
    public synchronized void reset() {
        SeedData seed;
        try (InputStream in = new ClassPathResource("weichuang-data.json").getInputStream()) {
            seed = json.readValue(in, SeedData.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tanks.clear();
        batteries.clear();
        usersByPhone.clear();
        migratedPhones.clear();
        refunds.clear();
        seed.tanks().forEach(tank -> tanks.put(tank.tankCode(), tank));
        seed.batteries().forEach(battery -> batteries.put(battery.batteryCode(), battery));
        seed.users().forEach(user -> usersByPhone.put(user.info().phoneNo(), user));
    }

    synchronized List<TankInfo> tanks(List<String> codes) {
        return codes.stream().map(tanks::get).filter(Objects::nonNull).toList();
    }

    /** Every battery known so far (synthetic users' once they were asked for), or the one with this code. */
    synchronized List<BatteryInfo> batteries(String code) {
        if (code == null || code.isBlank()) {
            return List.copyOf(batteries.values());
        }
        BatteryInfo battery = battery(code);
        return battery == null ? List.of() : List.of(battery);
    }

    synchronized void updateBinding(String batteryCode, String userId, String userPhone, int state) {
        BatteryInfo battery = battery(batteryCode);
        if (battery == null) {
            throw ApiException.notFound("battery not found: " + batteryCode);
        }
        if (state == 0) {
            batteries.put(batteryCode, battery.boundTo(null, null, null, 0));
        } else {
            Account user = user(userPhone);
            String userName = user == null ? null : user.info().userName();
            batteries.put(batteryCode, battery.boundTo(userId, userName, userPhone, 1));
        }
    }

    synchronized Account account(String phoneNo) {
        Account account = user(phoneNo);
        if (account == null) {
            throw ApiException.notFound("user not found");
        }
        return account;
    }

    /** A seeded user, or a synthetic one (made on first use, then kept until reset), or null. */
    private Account user(String phoneNo) {
        if (!usersByPhone.containsKey(phoneNo)) {
            SyntheticUser.ofPhone(phoneNo).ifPresent(this::addSynthetic);
        }
        return usersByPhone.get(phoneNo);
    }

    private BatteryInfo battery(String code) {
        if (!batteries.containsKey(code)) {
            SyntheticUser.ofBattery(code).ifPresent(owner -> user(owner.phoneNo()));
        }
        return batteries.get(code);
    }

    private void addSynthetic(SyntheticUser user) {
        String merchantName = tanks.values().stream()
                .filter(tank -> tank.merchantId().equals(SyntheticUser.MERCHANT_ID))
                .map(TankInfo::merchantName)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no cabinet of " + SyntheticUser.MERCHANT_ID + " seeded"));
        usersByPhone.put(user.phoneNo(), user.account());
        batteries.putIfAbsent(user.batteryCode(), user.battery(merchantName));
    }

    synchronized void markMigrated(String phoneNo) {
        account(phoneNo);
        migratedPhones.add(phoneNo);
    }

    /** Every refund paid, in the order paid. */
    synchronized List<RefundReceipt> refundsPaid() {
        return List.copyOf(refunds.values());
    }

    /**
     * Pays a migrated user's deposit back once per refund number: the same request again returns the first receipt.
     */
    synchronized RefundReceipt refund(DepositRefund request) {
        RefundReceipt earlier = refunds.get(request.refundNo());
        if (earlier != null) {
            if (!earlier.phoneNo().equals(request.phoneNo())
                    || new BigDecimal(earlier.refundAmount()).compareTo(new BigDecimal(request.refundAmount())) != 0) {
                throw ApiException.conflict("refundNo already used for another refund");
            }
            return earlier;
        }
        Account account = account(request.phoneNo());
        if (!migratedPhones.contains(request.phoneNo())) {
            throw ApiException.conflict("user has not finished migrating");
        }
        if (account.deposit() == null) {
            throw ApiException.conflict("user has no deposit to refund");
        }
        if (new BigDecimal(request.refundAmount()).compareTo(new BigDecimal(account.deposit().depositAmount())) > 0) {
            throw ApiException.badRequest("refundAmount exceeds the deposit");
        }
        RefundReceipt receipt = new RefundReceipt(request.refundNo(), request.phoneNo(), request.refundAmount(),
                "SUCCESS", WireDates.format(LocalDateTime.now(WireDates.ZONE)));
        refunds.put(request.refundNo(), receipt);
        usersByPhone.put(request.phoneNo(), new Account(account.userId(), account.info(), null, account.userPackage()));
        return receipt;
    }
}
