package com.northstar.asset.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.asset.AssetIntegrationTestSupport;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** asset.rental-overdue: each rental that passed its end without the vehicle coming back is announced once. */
class RentalOverdueAnnouncementIntegrationTest extends AssetIntegrationTestSupport {

    @Autowired
    private RentalOverdueAnnouncer announcer;

    @BeforeEach
    void fixture() {
        loadFixture();
    }

    @Test
    void everyOverdueRentalIsAnnouncedOnceAndReturnedOrRunningOnesNever() {
        assertThat(announcer.announceDue()).isEqualTo(3);
        assertThat(announcer.announceDue()).as("a second sweep").isZero();

        List<JsonNode> events = events(RentalOverdueEvent.TOPIC);
        assertThat(events).extracting(data -> data.get("vehicleCode").asString())
                .containsExactly("EV1001", "EV2001", "EV3001");
        JsonNode first = events.get(0);
        assertThat(first.get("userId").asString()).isEqualTo("100101");
        assertThat(first.get("userPhone").asString()).isEqualTo("13700001001");
        assertThat(first.get("merchantCode").asString()).isEqualTo("M001");
        assertThat(first.get("rentalEnd").asString()).isEqualTo("2020-06-30 18:00:00");
        assertThat(first.has("vehicleModel")).isTrue();
    }
}
