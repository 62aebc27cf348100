package com.northstar.parking.park;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.parking.ParkingIntegrationTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** parkingOrgQuery and parkingExtraConfig: 400 without a park, 404 for an unknown one, PARK sees what APP sees. */
class ParksIntegrationTest extends ParkingIntegrationTestSupport {

    @BeforeEach
    void fixture() {
        loadFixture();
    }

    @Test
    void parkingOrgQueryAndExtraConfigRefuseAMissingParkWith400AndAnUnknownOneWith404() throws Exception {
        for (String path : List.of(ORG_QUERY, EXTRA_CONFIG)) {
            post(path, APP, Map.of()).andExpect(status().isBadRequest()).andExpect(jsonPath("$.isSuccess").value("1"))
                    .andExpect(jsonPath("$.msg").value("missing required field pmParkId"));
            post(path, APP, Map.of("pmParkId", "1463714771961")).andExpect(status().isNotFound());
        }
    }

    @Test
    void parkingOrgQueryAndExtraConfigAnswerParkWhatTheyAnswerApp() throws Exception {
        for (Map<String, Object> body : List.of(Map.<String, Object>of("pmParkId", PARK_ID),
                Map.<String, Object>of("pmParkId", PARK_ID, "orgCode", "111"))) {
            String forApp = masked(text(post(ORG_QUERY, APP, body).andExpect(status().isOk()).andReturn()));
            String forPark = masked(text(post(ORG_QUERY, PARK, body).andExpect(status().isOk()).andReturn()));
            org.assertj.core.api.Assertions.assertThat(forPark).isEqualTo(forApp);
        }
        String forApp = masked(text(post(EXTRA_CONFIG, APP, Map.of("pmParkId", PARK_ID)).andReturn()));
        String forPark = masked(text(post(EXTRA_CONFIG, PARK, Map.of("pmParkId", PARK_ID)).andReturn()));
        org.assertj.core.api.Assertions.assertThat(forPark).isEqualTo(forApp);
    }

    @Test
    void parkingOrgQueryWithAFirstLevelCodeListsItsSecondLevel() throws Exception {
        post(ORG_QUERY, APP, Map.of("pmParkId", PARK_ID, "orgCode", "111")).andExpect(status().isOk())
                .andExpect(jsonPath("$.resultData.length()").value(1))
                .andExpect(jsonPath("$.resultData[0].name").value("中文系"))
                .andExpect(jsonPath("$.resultData[0].orgCode").value("111001"));
        post(ORG_QUERY, APP, Map.of("pmParkId", PARK_ID, "orgCode", "999")).andExpect(status().isOk())
                .andExpect(jsonPath("$.resultData.length()").value(0));
    }

    @Test
    void parkingOrgQueryAndExtraConfigRefuseOtherRolesWith403() throws Exception {
        for (String path : List.of(ORG_QUERY, EXTRA_CONFIG)) {
            post(path, OPS, Map.of("pmParkId", PARK_ID)).andExpect(status().isForbidden());
        }
    }
}
