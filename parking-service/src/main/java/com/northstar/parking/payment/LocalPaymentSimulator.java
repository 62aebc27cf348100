package com.northstar.parking.payment;

import com.northstar.parking.support.Ids;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The payment provider of local runs and tests: hands out prepay ids and JSAPI parameters signed (HMAC-SHA256, as
 * WeChat's {@code signType}) with a key made at start, since nothing verifies them, and never notifies by itself:
 * the notification is sent by whoever plays WeChat Pay (a test, the suite walkthrough, a developer with the
 * {@code pay-local} key).
 */
@Component
class LocalPaymentSimulator implements PaymentProvider {

    static final String APP_ID = "wx-local-simulator";

    private final Clock clock;
    private final byte[] signKey = new byte[32];

    LocalPaymentSimulator(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(signKey);
    }

    @Override
    public String prepay(String outTradeNo, long totalFee, String openId, String description) {
        return "wx" + Ids.next();
    }

    @Override
    public JsapiParameters jsapiParameters(String prepayId) {
        String timeStamp = Long.toString(clock.instant().getEpochSecond());
        String nonceStr = Ids.next();
        String packageValue = "prepay_id=" + prepayId;
        String paySign = sign(APP_ID + "\n" + timeStamp + "\n" + nonceStr + "\n" + packageValue + "\n");
        return new JsapiParameters(APP_ID, timeStamp, nonceStr, packageValue, "HMAC-SHA256", paySign);
    }

    private String sign(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signKey, "HmacSHA256"));
            return HexFormat.of().withUpperCase().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
