package com.northstar.partner.lookup;

import com.northstar.partner.weichuang.WeichuangCalls;
import com.northstar.partner.weichuang.WeichuangOperation;
import com.northstar.partner.weichuang.WeichuangRefusedException;
import com.northstar.partner.weichuang.WeichuangUnavailableException;
import com.northstar.partner.weichuang.WeichuangWire.BatteryList;
import com.northstar.partner.weichuang.WeichuangWire.BatteryQuery;
import com.northstar.partner.weichuang.WeichuangWire.PhoneQuery;
import com.northstar.partner.weichuang.WeichuangWire.TankList;
import com.northstar.partner.weichuang.WeichuangWire.TankQuery;
import com.northstar.partner.weichuang.WeichuangWire.UserDeposit;
import com.northstar.partner.weichuang.WeichuangWire.UserInfo;
import com.northstar.partner.weichuang.WeichuangWire.UserPackage;
import com.northstar.platform.core.error.ApiException;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;

/** The Weichuang queries behind the INTERNAL endpoints, its failures turned into what the callers act on. */
@Service
class WeichuangLookups {

    static final String UNAVAILABLE = "Weichuang is unavailable, retry later";

    private final WeichuangCalls weichuang;

    WeichuangLookups(WeichuangCalls weichuang) {
        this.weichuang = weichuang;
    }

    TankList tanks(List<String> tankCodes) {
        TankQuery request = new TankQuery(tankCodes);
        TankList tanks = answer(() -> weichuang.call(WeichuangOperation.wcTankQuery, null, request,
                client -> client.tankQuery(request)));
        return tanks == null || tanks.tankList() == null ? new TankList(List.of()) : tanks;
    }

    UserInfo user(String phoneNo) {
        PhoneQuery request = new PhoneQuery(phoneNo);
        return answer(() -> weichuang.call(WeichuangOperation.wcUserInfo, null, request,
                client -> client.userInfo(request)));
    }

    UserDeposit deposit(String phoneNo) {
        PhoneQuery request = new PhoneQuery(phoneNo);
        return answer(() -> weichuang.call(WeichuangOperation.wcUserDeposit, null, request,
                client -> client.userDeposit(request)));
    }

    UserPackage userPackage(String phoneNo) {
        PhoneQuery request = new PhoneQuery(phoneNo);
        return answer(() -> weichuang.call(WeichuangOperation.wcUserPackage, null, request,
                client -> client.userPackage(request)));
    }

    /** wcBatteryList has no user filter (seed 1.2.2): every battery is listed and the user's are kept. */
    BatteryList batteries(String phoneNo) {
        BatteryQuery request = new BatteryQuery("");
        BatteryList all = answer(() -> weichuang.call(WeichuangOperation.wcBatteryList, null, request,
                client -> client.batteryList(request)));
        return new BatteryList(all == null || all.batteryList() == null ? List.of()
                : all.batteryList().stream().filter(battery -> phoneNo.equals(battery.userPhone())).toList());
    }

    private static <T> T answer(Supplier<T> call) {
        try {
            return call.get();
        } catch (WeichuangUnavailableException unavailable) {
            throw new ApiException(503, 503, UNAVAILABLE);
        } catch (WeichuangRefusedException refused) {
            if (refused.status() == 404) {
                throw ApiException.notFound("Weichuang does not know it");
            }
            // Any other refusal of a query we built is our mistake, not the caller's.
            throw new IllegalStateException("Weichuang refused a query: " + refused.status() + " "
                    + refused.reason());
        }
    }
}
