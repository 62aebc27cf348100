package com.northstar.parking.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.northstar.platform.core.error.ApiException;
import org.junit.jupiter.api.Test;

class PlatesTest {

    @Test
    void standardAndNewEnergyPlatesAreValid() {
        for (String plate : new String[] { "京A12345", "京B12345", "京L78023", "粤BD12345", "京AD12345", "沪A12345F",
                "苏E1234学" }) {
            assertThat(Plates.isValid(plate)).as(plate).isTrue();
        }
    }

    @Test
    void otherTextIsNoPlate() {
        for (String plate : new String[] { "ABC", "京A1234", "京A123456", "AA12345", "京I12345", "京O12345",
                "京AD1234X", "京a12345", "" }) {
            assertThat(Plates.isValid(plate)).as(plate).isFalse();
        }
    }

    @Test
    void aListIsSplitOnCommasDeduplicatedAndRefusedWholeForOneBadPlate() {
        assertThat(Plates.parse("addCarNums", " 京A12345,京L78023，京A12345 ,")).containsExactly("京A12345", "京L78023");
        assertThatThrownBy(() -> Plates.parse("addCarNums", "京A12345,ABC")).isInstanceOf(ApiException.class)
                .hasMessageContaining("addCarNums");
        assertThatThrownBy(() -> Plates.parse("addCarNums", " , ")).isInstanceOf(ApiException.class);
    }
}
