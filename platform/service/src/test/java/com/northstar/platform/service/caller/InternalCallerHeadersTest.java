package com.northstar.platform.service.caller;

import static org.assertj.core.api.Assertions.assertThat;

import feign.RequestTemplate;
import feign.Target;
import org.junit.jupiter.api.Test;

class InternalCallerHeadersTest {

    private final InternalCallerHeaders headers = new InternalCallerHeaders("member-service");

    @Test
    void anOpenFeignCallNamesTheCallingServiceAsAnInternalCaller() {
        RequestTemplate call = new RequestTemplate();

        headers.apply(call);

        assertThat(call.headers().get("X-Auth-Subject")).containsExactly("member-service");
        assertThat(call.headers().get("X-Auth-Roles")).containsExactly("INTERNAL");
    }

    @Test
    void anOpenFeignCallCarriesNoOtherCallersIdentityOrScope() {
        RequestTemplate call = new RequestTemplate();
        call.header("X-Auth-Subject", "ops-1");
        call.header("X-Auth-Roles", "OPS");
        call.header("X-Auth-Merchant-Ids", "M001");
        call.header("X-Auth-Tenant-Id", "7");

        headers.apply(call);

        assertThat(call.headers().get("X-Auth-Subject")).containsExactly("member-service");
        assertThat(call.headers().get("X-Auth-Roles")).containsExactly("INTERNAL");
        assertThat(call.headers()).doesNotContainKeys("X-Auth-Merchant-Ids", "X-Auth-Tenant-Id");
    }

    interface PartnerClient extends OutsideTheSuite {
    }

    interface SuiteClient {
    }

    @Test
    void aCallOfAClientOutsideTheSuiteCarriesNoAuthHeaderAtAll() {
        RequestTemplate call = new RequestTemplate();
        call.header("X-Auth-Roles", "OPS");
        call.feignTarget(new Target.HardCodedTarget<>(PartnerClient.class, "weichuang", "http://partner"));

        headers.apply(call);

        assertThat(call.headers()).doesNotContainKeys("X-Auth-Subject", "X-Auth-Roles");
    }

    @Test
    void aCallOfAnotherSuiteServiceThroughATypedClientIsStillInternal() {
        RequestTemplate call = new RequestTemplate();
        call.feignTarget(new Target.HardCodedTarget<>(SuiteClient.class, "asset-service", "http://asset"));

        headers.apply(call);

        assertThat(call.headers().get("X-Auth-Roles")).containsExactly("INTERNAL");
    }
}
