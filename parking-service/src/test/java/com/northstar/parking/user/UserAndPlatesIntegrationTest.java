package com.northstar.parking.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.parking.ParkingIntegrationTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** parkingUserUpdate, parkingCarAdd, parkingCarDelete and parkingUserByCard's user part. */
class UserAndPlatesIntegrationTest extends ParkingIntegrationTestSupport {

    @BeforeEach
    void fixture() {
        loadFixture();
    }

    @Test
    void parkingUserUpdateChangesNameAndPhoneWithoutAnSmsCode() throws Exception {
        post(USER_UPDATE, PARK, Map.of("pmSetrentUserinfoId", USER_ID, "phone", "15245262356", "name", "用户123"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.isSuccess").value("0"));
        JsonNode user = user();
        assertThat(user.path("name").asString()).isEqualTo("用户123");
        assertThat(user.path("phone").asString()).isEqualTo("15245262356");
    }

    @Test
    void parkingUserUpdateRefusesAMalformedPhoneWith400AndAnUnknownUserWith404() throws Exception {
        post(USER_UPDATE, APP, Map.of("pmSetrentUserinfoId", USER_ID, "phone", "12345"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.isSuccess").value("1"));
        post(USER_UPDATE, APP, Map.of("pmSetrentUserinfoId", "nobody", "phone", "15245262356"))
                .andExpect(status().isNotFound());
        post(USER_UPDATE, APP, Map.of("phone", "15245262356")).andExpect(status().isBadRequest());
        assertThat(user().path("phone").asString()).isEqualTo("14700000000");
    }

    @Test
    void parkingCarAddTakesStandardAndNewEnergyPlatesWithChannel9() throws Exception {
        post(CAR_ADD, APP, Map.of("addCarNums", "京L78023,京AD12345", "userInfoId", USER_ID))
                .andExpect(status().isOk());
        JsonNode user = user();
        assertThat(user.path("carNums").asString()).isEqualTo("京A12345,京B12345,京C12345,京L78023,京AD12345");
        assertThat(plates(user)).containsExactly("京A12345:3", "京B12345:3", "京C12345:3", "京L78023:9", "京AD12345:9");
    }

    @Test
    void parkingCarAddRefusesMalformedPlatesAndAListWithOneAddsNothing() throws Exception {
        for (String plates : new String[] { "ABC", "京A1234", "京L78023,ABC", "京I12345", "" }) {
            post(CAR_ADD, APP, Map.of("addCarNums", plates, "userInfoId", USER_ID)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.isSuccess").value("1"));
        }
        assertThat(count("SELECT COUNT(*) FROM parking_car")).isEqualTo(3);
    }

    @Test
    void parkingCarAddOfAPlateTheUserHasCreatesNoDuplicate() throws Exception {
        post(CAR_ADD, APP, Map.of("addCarNums", "京A12345,京L78023,京L78023", "userInfoId", USER_ID))
                .andExpect(status().isOk());
        assertThat(plates(user())).containsExactly("京A12345:3", "京B12345:3", "京C12345:3", "京L78023:9");
    }

    @Test
    void parkingCarAddForAnUnknownUserIs404() throws Exception {
        post(CAR_ADD, PARK, Map.of("addCarNums", "京L78023", "userInfoId", "nobody")).andExpect(status().isNotFound());
    }

    @Test
    void parkingCarDeleteRemovesAppPlatesAndRefusesOthersWith409() throws Exception {
        post(CAR_ADD, APP, Map.of("addCarNums", "京L78023", "userInfoId", USER_ID)).andExpect(status().isOk());
        post(CAR_DELETE, APP, Map.of("delCarNums", "京L78023,京A12345", "userInfoId", USER_ID))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.isSuccess").value("1"));
        assertThat(plates(user())).contains("京L78023:9");
        post(CAR_DELETE, PARK, Map.of("delCarNums", "京L78023", "userInfoId", USER_ID)).andExpect(status().isOk());
        assertThat(plates(user())).containsExactly("京A12345:3", "京B12345:3", "京C12345:3");
    }

    @Test
    void parkingCarDeleteOfAPlateTheUserLacksIs404() throws Exception {
        post(CAR_DELETE, APP, Map.of("delCarNums", "京L78023", "userInfoId", USER_ID)).andExpect(status().isNotFound());
        post(CAR_DELETE, APP, Map.of("delCarNums", "ABC", "userInfoId", USER_ID)).andExpect(status().isBadRequest());
    }

    @Test
    void parkingUserByCardCarNumsAndCarInfoListNameTheSamePlates() throws Exception {
        JsonNode user = user();
        assertThat(String.join(",", plates(user).stream().map(plate -> plate.split(":")[0]).toList()))
                .isEqualTo(user.path("carNums").asString());
    }

    @Test
    void parkingUserByCardOfAnUnknownCardIs404AndACallerWithoutTheRoleGets403First() throws Exception {
        post(USER_BY_CARD, APP, Map.of("omPrCardId", "nope")).andExpect(status().isNotFound());
        post(USER_BY_CARD, PAYMENT, Map.of("omPrCardId", "nope")).andExpect(status().isForbidden());
        post(USER_BY_CARD, APP, Map.of()).andExpect(status().isBadRequest());
    }

    @Test
    void everyUserOperationRefusesCallersOutsideItsRolesWith403EvenForUnknownIds() throws Exception {
        for (String path : List.of(USER_UPDATE, CAR_ADD, CAR_DELETE)) {
            post(path, PAYMENT, Map.of("pmSetrentUserinfoId", "nobody", "userInfoId", "nobody"))
                    .andExpect(status().isForbidden()).andExpect(jsonPath("$.isSuccess").value("1"));
        }
    }

    private JsonNode user() throws Exception {
        return body(post(USER_BY_CARD, APP, Map.of("omPrCardId", CARD_ID)).andExpect(status().isOk()))
                .path("resultData");
    }

    private static List<String> plates(JsonNode user) {
        return user.path("pmSetRentCarInfoList").valueStream()
                .map(car -> car.path("carNum").asString() + ":" + car.path("channel").asString()).toList();
    }
}
