package com.northstar.parking.payment;

import com.fasterxml.jackson.annotation.JsonProperty;

/** WeChat JSAPI payment parameters ({@code secuParam}): {@code package} is {@code prepay_id=<id>}. */
public record JsapiParameters(String appId, String timeStamp, String nonceStr,
        @JsonProperty("package") String packageValue, String signType, String paySign) {
}
