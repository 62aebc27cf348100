package com.northstar.storedvalue.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.storedvalue.MemberTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogIntegrationTest extends MemberTestSupport {

    @BeforeEach
    void referenceData() {
        loadMembersReferenceData();
    }

    @Test
    void svCardClassListAnswersTheCallersTenantsClasses() throws Exception {
        assertGolden("sv-svCardClassList", raw(get("/api/stored-value/card-classes", T001)));
        assertThat(getJson("/api/stored-value/card-classes", T002)).hasSize(1);
    }

    @Test
    void svCardClassByTenantAnswersTheNamedTenantsClassesToOpsAndNothingForAnUnknownTenant() throws Exception {
        assertGolden("sv-svCardClassByTenant", raw(get("/api/stored-value/card-classes/by-tenant?tenantId=2", OPS)));
        assertThat(getJson("/api/stored-value/card-classes/by-tenant?tenantId=99", OPS)).isEmpty();
        get("/api/stored-value/card-classes/by-tenant?tenantId=2", T001).andExpect(status().isForbidden());
        get("/api/stored-value/card-classes/by-tenant?tenantId=x", OPS).andExpect(status().isBadRequest());
    }

    @Test
    void svShopListAnswersOnlyTheCallersShops() throws Exception {
        assertGolden("sv-svShopList", raw(get("/api/stored-value/shops", T001)));
    }

    @Test
    void svLevelListAnswersTheLevelsWithTheirDiscount() throws Exception {
        assertGolden("sv-svLevelList", raw(get("/api/stored-value/member-levels", T001)));
    }

    @Test
    void svGiftListAnswersTheTenantsGifts() throws Exception {
        assertGolden("sv-svGiftList", raw(get("/api/stored-value/gifts", T001)));
    }

    @Test
    void svRechargePlanListAnswersTheTenantsPlans() throws Exception {
        assertGolden("sv-svRechargePlanList", raw(get("/api/stored-value/recharge-plans", T002)));
    }

    @Test
    void svDictCardStatusAnswersEveryCardState() throws Exception {
        assertGolden("sv-svDictCardStatus", raw(get("/api/stored-value/dicts/card-statuses", T001)));
    }

    @Test
    void svDictSendModeAnswersEveryIssueMode() throws Exception {
        assertGolden("sv-svDictSendMode", raw(get("/api/stored-value/dicts/send-modes", T001)));
    }
}
