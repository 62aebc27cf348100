package com.northstar.dev.weichuang.partner;

import com.northstar.dev.weichuang.partner.WeichuangAccounts.Account;
import com.northstar.dev.weichuang.partner.WeichuangWire.BatteryInfo;
import com.northstar.dev.weichuang.partner.WeichuangWire.UserDeposit;
import com.northstar.dev.weichuang.partner.WeichuangWire.UserInfo;
import com.northstar.dev.weichuang.partner.WeichuangWire.UserPackage;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Weichuang user behind any phone {@code 139} + 8 digits that is not seeded, so that any number of migrations
 * can be tried: the same phone always gives the same user, of merchant M001, with a 299.00 deposit, a monthly card
 * and one battery, {@code BT} + the phone's last 8 digits, bound to them.
 */
record SyntheticUser(String phoneNo) {

    static final String MERCHANT_ID = "M001";
    private static final Pattern PHONE = Pattern.compile("139(\\d{8})");
    private static final Pattern BATTERY = Pattern.compile("BT(\\d{8})");

    static Optional<SyntheticUser> ofPhone(String phoneNo) {
        return PHONE.matcher(phoneNo).matches() ? Optional.of(new SyntheticUser(phoneNo)) : Optional.empty();
    }

    /** The synthetic user whose battery this is, if the code is of that shape. */
    static Optional<SyntheticUser> ofBattery(String batteryCode) {
        Matcher battery = BATTERY.matcher(batteryCode);
        return battery.matches() ? Optional.of(new SyntheticUser("139" + battery.group(1))) : Optional.empty();
    }

    String userId() {
        return "WC" + phoneNo;
    }

    String batteryCode() {
        return "BT" + phoneNo.substring(3);
    }

    private String userName() {
        return "微创用户" + phoneNo.substring(7);
    }

    Account account() {
        UserInfo info = new UserInfo(MERCHANT_ID, userName(), phoneNo, "已认证", "", "M001SHARE",
                (phoneNo.charAt(10) - '0') % 2 == 0 ? "女" : "男", "1992-06-15", "2024-03-01 09:00:00", userId());
        return new Account(userId(), info, new UserDeposit("微信支付", "2024-03-01 09:10:00", "299.00"),
                new UserPackage("月卡畅换", "月卡", "2026-11-01 00:00:00", "还剩30天"));
    }

    BatteryInfo battery(String merchantName) {
        return new BatteryInfo(batteryCode(), MERCHANT_ID, merchantName, userId(), userName(), phoneNo, 1, "48V20Ah",
                "https://img.example.com/battery/48v20.png");
    }
}
