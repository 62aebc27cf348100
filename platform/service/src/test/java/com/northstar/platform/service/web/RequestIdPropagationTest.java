package com.northstar.platform.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import feign.RequestTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class RequestIdPropagationTest {

    private final RequestIdPropagation propagation = new RequestIdPropagation();

    @AfterEach
    void clearLoggingContext() {
        MDC.clear();
    }

    @Test
    void anInternalCallCarriesTheRequestIdOfTheRequestBeingServed() {
        MDC.put(RequestIdFilter.MDC_KEY, "req-42");
        RequestTemplate call = new RequestTemplate();

        propagation.apply(call);

        assertThat(call.headers().get("X-Request-Id")).containsExactly("req-42");
    }

    @Test
    void aCallMadeOutsideARequestGetsNoRequestId() {
        RequestTemplate call = new RequestTemplate();

        propagation.apply(call);

        assertThat(call.headers()).doesNotContainKey("X-Request-Id");
    }
}
