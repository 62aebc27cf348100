package com.northstar.member.migration;

import com.northstar.member.FakeNeighbours.WeichuangUser;
import java.util.Map;

/** A Weichuang user with a deposit, a package and two batteries, and an approval of its review. */
public final class MigrationSagaFixtures {

    public static final String PHONE = "13900001234";
    public static final String USER = """
            {"userId":"WC13900001234","merchantId":"M001","userName":"周九","phoneNo":"13900001234",\
            "idCardStateStr":"已认证","inviter":"ABC*****005","shareCode":"M001SHARE","sex":"男",\
            "birthday":"1990-01-01","createDate":"2024-05-01 10:00:00"}""";
    public static final String DEPOSIT = """
            {"depositType":"微信支付","depositTime":"2024-05-01 10:05:00","depositAmount":"299.00"}""";
    public static final String PACKAGE = """
            {"packageName":"月卡","packageType":"1","packageCreateTime":"2024-05-01 10:06:00",\
            "packageEffectiveContent":"30天"}""";
    public static final String BATTERIES = """
            {"batteryList":[{"batteryCode":"BTWC0001","merchantId":"M001","merchantName":"北极星换电海淀店",\
            "userId":"WC13900001234","userName":"周九","userPhone":"13900001234","state":1,"model":"48V20Ah",\
            "cover":null},{"batteryCode":"BTWC0002","merchantId":"M001","merchantName":"北极星换电海淀店",\
            "userId":"WC13900001234","userName":"周九","userPhone":"13900001234","state":1,"model":"48V20Ah",\
            "cover":null}]}""";
    public static final WeichuangUser WEICHUANG_USER = new WeichuangUser(USER, DEPOSIT, PACKAGE, BATTERIES);

    public static Map<String, Object> approval(long reviewId, long deposit) {
        return Map.of("id", reviewId, "shareCode", "M001SHARE", "deposit", deposit, "state", 1, "discountPrice", 0,
                "offlinePrice", deposit);
    }

    private MigrationSagaFixtures() {
    }
}
