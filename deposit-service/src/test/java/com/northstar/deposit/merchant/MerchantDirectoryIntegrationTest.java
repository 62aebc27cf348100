package com.northstar.deposit.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.northstar.deposit.DepositIntegrationTestSupport;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** asset.cabinet-changed teaches merchants' names, which the refund detail shows. */
class MerchantDirectoryIntegrationTest extends DepositIntegrationTestSupport {

    @Autowired
    private MerchantDirectory merchants;

    @BeforeEach
    void fixture() {
        loadFixture();
    }

    @Test
    void aCabinetEventNamesAndRenamesItsMerchant() throws Exception {
        String learnt = publish("asset.cabinet-changed", "TK9001", "CabinetChanged", Map.of("deviceId", "TK9001",
                "merchantCode", "M009", "merchantName", "北极星换电通州店", "cause", "CREATED_FROM_PARTNER"));
        String renamed = publish("asset.cabinet-changed", "TK1001", "CabinetChanged", Map.of("deviceId", "TK1001",
                "merchantCode", "M001", "merchantName", "北极星换电海淀新店", "cause", "LOCATION_UPDATED"));

        await().atMost(Duration.ofSeconds(30)).until(() -> handled(CabinetChangedListener.CONSUMER, learnt)
                && handled(CabinetChangedListener.CONSUMER, renamed));
        assertThat(merchants.nameOf("M009")).isEqualTo("北极星换电通州店");
        assertThat(merchants.nameOf("M001")).isEqualTo("北极星换电海淀新店");
        assertThat(merchants.nameOf("M404")).isNull();
        assertThat(read(get(DETAIL + 3, PARTNER).andReturn()).get("data").get("merchantName").asString())
                .isEqualTo("北极星换电海淀新店");
    }
}
