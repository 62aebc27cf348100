package com.northstar.platform.core.caller;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void readsEveryTrustedHeader() {
        Caller caller = Caller.fromHeaders(Map.of(AuthHeaders.SUBJECT, "alice", AuthHeaders.ROLES, "MERCHANT, OPS",
                AuthHeaders.MERCHANT_IDS, "M001,M002", AuthHeaders.TENANT_ID, "7", AuthHeaders.SHOP_IDS, "3")::get);
        assertThat(caller.subject()).isEqualTo("alice");
        assertThat(caller.roles()).containsExactlyInAnyOrder(Role.MERCHANT, Role.OPS);
        assertThat(caller.merchantIds()).containsExactly("M001", "M002");
        assertThat(caller.tenantId()).isEqualTo("7");
        assertThat(caller.shopIds()).containsExactly("3");
    }

    @Test
    void noSubjectMeansNoCaller() {
        assertThat(Caller.fromHeaders(Map.of(AuthHeaders.ROLES, "OPS")::get)).isNull();
    }

    @Test
    void unknownRolesGrantNothing() {
        Caller caller = Caller.fromHeaders(Map.of(AuthHeaders.SUBJECT, "x", AuthHeaders.ROLES, "ROOT,APP")::get);
        assertThat(caller.roles()).containsExactly(Role.APP);
    }

    @Test
    void aMerchantIsScopedUnlessItIsAlsoOpsOrPartner() {
        assertThat(Caller.fromHeaders(Map.of(AuthHeaders.SUBJECT, "m", AuthHeaders.ROLES, "MERCHANT")::get)
                .isMerchantScoped()).isTrue();
        assertThat(Caller.fromHeaders(Map.of(AuthHeaders.SUBJECT, "m", AuthHeaders.ROLES, "MERCHANT,OPS")::get)
                .isMerchantScoped()).isFalse();
    }
}
