package com.northstar.storedvalue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/** Card commands as a till sends them: a stamp (#28) first, then the command with it as the card's version. */
public abstract class CardCommandTestSupport extends StoredValueIntegrationTestSupport {

    public static final String STAMP = "/api/stored-value/operation-stamp";
    public static final String RECHARGE = "/api/stored-value/recharges";
    public static final String PAY = "/api/stored-value/card-payments";

    protected String stamp(HttpHeaders till) throws Exception {
        return getJson(STAMP, till).get("data").get("timestamp").asString();
    }

    /** A #29 body paying {@code paid} in cash with {@code bonus}. */
    protected Map<String, Object> recharge(String card, String paid, String bonus, String timestamp) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cardCode", card);
        body.put("mac", mac(card));
        body.put("money", new BigDecimal(paid).add(new BigDecimal(bonus)));
        body.put("payMoney", new BigDecimal(paid));
        body.put("giveMoney", new BigDecimal(bonus));
        body.put("remark", "");
        body.put("timestamp", timestamp);
        body.put("userId", 8);
        body.put("details", List.of(Map.of("paymentType", 1, "money", new BigDecimal(paid))));
        return body;
    }

    protected JsonNode recharged(HttpHeaders till, String card, String paid, String bonus) throws Exception {
        return postJson(RECHARGE, till, recharge(card, paid, bonus, stamp(till)));
    }

    protected static Map<String, Object> payment(String card, String money, String code) {
        return Map.of("cardCode", card, "mac", mac(card), "money", new BigDecimal(money), "code", code, "userId", 5);
    }

    /** A lifecycle body (#30, #33-#36) with the card's number, mac and a fresh stamp. */
    protected Map<String, Object> cardCommand(HttpHeaders till, String card) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cardCode", card);
        body.put("mac", mac(card));
        body.put("remark", "");
        body.put("timestamp", stamp(till));
        body.put("userId", 6);
        return body;
    }
}
