package com.northstar.parking.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.parking.ParkingIntegrationTestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/** parkingOrderRenew: fields, documents and files, stacking periods, one open order per card. */
class RenewalIntegrationTest extends ParkingIntegrationTestSupport {

    /** 2027-08-23 00:00 Asia/Shanghai: the demo card's renewEndDt. */
    private static final String PAID_UNTIL = "1818950400000";
    /** 2028-08-23 00:00 Asia/Shanghai. */
    private static final String ONE_YEAR_LATER = "1850572800000";

    @BeforeEach
    void fixture() {
        loadFixture();
    }

    @Test
    void parkingOrderRenewCreatesAnUnpaidOrderStackedOnTheCardsEndWithItsDocumentsStored() throws Exception {
        JsonNode order = body(renewal().send(APP).andExpect(status().isOk())).path("resultData");

        assertThat(order.path("state").asString()).isEqualTo("01");
        assertThat(order.path("orderType").asInt()).isEqualTo(1);
        assertThat(order.path("count").asInt()).isEqualTo(1);
        assertThat(order.path("amount").decimalValue()).isEqualByComparingTo("0.01");
        assertThat(order.path("paySucDt").isNull()).isTrue();
        assertThat(order.path("startDt").asString()).isEqualTo(PAID_UNTIL);
        assertThat(order.path("endDt").asString()).isEqualTo(ONE_YEAR_LATER);
        assertThat(order.path("auditStateBeforePay").asString()).isEqualTo("01");
        List<String> links = order.path("extraInfo").valueStream().map(info -> info.path("content").asString())
                .toList();
        assertThat(links).hasSize(2).allMatch(link -> link.startsWith("/parking-documents/"));
        for (String link : links) {
            Path file = documents().resolve(link.substring("/parking-documents/".length()));
            assertThat(Files.readAllBytes(file)).isEqualTo(PNG);
        }
        assertThat(count("SELECT COUNT(*) FROM parking_order WHERE card_id = ? AND state = '01'", CARD_ID))
                .isEqualTo(1);
    }

    @Test
    void parkingOrderRenewOfAnExpiredCardStartsNow() throws Exception {
        jdbc.sql("UPDATE parking_card SET renew_end_dt = ?, end_dt = ? WHERE id = ?")
                .params(LocalDateTime.of(2025, 1, 1, 0, 0), LocalDateTime.of(2025, 1, 1, 0, 0), CARD_ID).update();
        JsonNode order = body(renewal().send(APP).andExpect(status().isOk())).path("resultData");
        assertThat(order.path("startDt").asString()).isEqualTo(Long.toString(clock.millis()));
        assertThat(order.path("createDt").asString()).isEqualTo(Long.toString(clock.millis()));
    }

    @Test
    void parkingOrderRenewAcceptsDuplicateCodeInsteadOfUserCodeAndTextDocumentsInEmptyParts() throws Exception {
        renewal().field("userCode", null).field("duplicateCode", "20071230").text("身份证", "5", "110101199003071234")
                .send(APP).andExpect(status().isOk()).andExpect(jsonPath("$.resultData.extraInfo[2].content")
                        .value("110101199003071234"));
        assertThat(jdbc.sql("SELECT duplicate_code FROM parking_order WHERE state = '01'").query(String.class).single())
                .isEqualTo("20071230");
    }

    @Test
    void parkingOrderRenewWhileTheCardHasAnOpenOrderIs409() throws Exception {
        renewed(renewal().send(APP));
        renewal().send(APP).andExpect(status().isConflict()).andExpect(jsonPath("$.isSuccess").value("1"));
        assertThat(count("SELECT COUNT(*) FROM parking_order WHERE card_id = ?", CARD_ID)).isEqualTo(2);
    }

    @Test
    void concurrentRenewalsOfACardMakeOneOrderAndTheOthersAre409() throws Exception {
        List<Integer> statuses = concurrently(8, () -> renewal().send(APP));
        assertThat(statuses).containsOnly(200, 409).containsOnlyOnce(200);
        assertThat(count("SELECT COUNT(*) FROM parking_order WHERE card_id = ? AND state = '01'", CARD_ID))
                .isEqualTo(1);
        assertThat(storedFiles()).hasSize(2);
    }

    @Test
    void parkingUserByCardCanRePayIs1WhileTheCardHasAnOpenOrderAnd0Otherwise() throws Exception {
        post(USER_BY_CARD, APP, Map.of("omPrCardId", CARD_ID)).andExpect(jsonPath("$.canRePay").value("0"));
        renewed(renewal().send(APP));
        post(USER_BY_CARD, APP, Map.of("omPrCardId", CARD_ID)).andExpect(jsonPath("$.canRePay").value("1"))
                .andExpect(jsonPath("$.resultData.cardList[0].state").value("2"));
    }

    @Test
    void parkingOrderRenewWithoutARequiredDocumentIsRefusedAndCreatesNoOrder() throws Exception {
        assertRefusedWithNothingWritten(renewal().withoutDocuments().image("驾驶证", "0", "11.png", PNG).send(APP), 400);
        assertRefusedWithNothingWritten(renewal().withoutDocuments().send(APP), 400);
    }

    @Test
    void parkingOrderRenewWithAnEmptyPartForARequiredImageIsRefused() throws Exception {
        assertRefusedWithNothingWritten(renewal().withoutDocuments().image("驾驶证", "0", "11.png", PNG)
                .image("行驶证1", "1", "rentForBeiLiGongTempPic", new byte[0]).send(APP), 400);
    }

    @Test
    void parkingOrderRenewRefusesABadPriceTypeAndNonJsonExtraData() throws Exception {
        assertRefusedWithNothingWritten(renewal().field("priceType", "03").send(APP), 400);
        assertRefusedWithNothingWritten(renewal().field("extraDataJson", "驾驶证:11.png").send(APP), 400);
        assertRefusedWithNothingWritten(renewal().field("extraDataJson", "{\"code\":\"0\"}").send(APP), 400);
    }

    @Test
    void parkingOrderRenewRefusesMissingFieldsWith400() throws Exception {
        for (String field : List.of("omPrCardId", "pmSetrentId", "productVId", "priceType", "userInfoId",
                "userDepartment", "firstOrgCode", "secondOrgCode")) {
            assertRefusedWithNothingWritten(renewal().field(field, null).send(APP), 400);
        }
        assertRefusedWithNothingWritten(renewal().field("userCode", null).send(APP), 400);
    }

    @Test
    void parkingOrderRenewOfAnUnknownCardIs404AndOfAnotherUsersCardIsRefused() throws Exception {
        assertRefusedWithNothingWritten(renewal().field("omPrCardId", "nope").send(APP), 404);
        assertRefusedWithNothingWritten(renewal().field("userInfoId", "someone-else").send(APP), 403);
    }

    @Test
    void parkingOrderRenewTellsFilesByContentAndRefusesAnExecutableNamedPng() throws Exception {
        byte[] elf = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
        assertRefusedWithNothingWritten(renewal().withoutDocuments().image("驾驶证", "0", "11.png", elf)
                .image("行驶证1", "1", "12.png", PNG).send(APP), 400);
        byte[] jpeg = { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0, 1 };
        renewal().withoutDocuments().image("驾驶证", "0", "scan.bin", jpeg).image("行驶证1", "1", "12.png", PNG)
                .send(APP).andExpect(status().isOk())
                .andExpect(jsonPath("$.resultData.extraInfo[0].content").value(org.hamcrest.Matchers.endsWith(".jpg")));
    }

    @Test
    void parkingOrderRenewAcceptsA48MegabytePdfAndRefusesFilesOver5Megabytes() throws Exception {
        byte[] pdf = pdf(4_800_000);
        renewal().withoutDocuments().image("驾驶证", "0", "licence.pdf", pdf).image("行驶证1", "1", "12.png", PNG)
                .send(APP).andExpect(status().isOk());
        assertThat(storedFiles()).hasSize(2);
        post(AUDIT, PARK, Map.of("omPrOrderId", lastOrderId(), "auditStateBeforePay", "04"))
                .andExpect(status().isOk());
        ResultActions tooLarge = renewal().withoutDocuments().image("驾驶证", "0", "licence.pdf",
                pdf(5 * 1024 * 1024 + 1)).image("行驶证1", "1", "12.png", PNG).send(APP);
        tooLarge.andExpect(status().isPayloadTooLarge()).andExpect(jsonPath("$.isSuccess").value("1"));
        assertThat(storedFiles()).hasSize(2);
    }

    @Test
    void parkingOrderRenewIsForAppCallersOnly() throws Exception {
        renewal().send(PARK).andExpect(status().isForbidden()).andExpect(jsonPath("$.isSuccess").value("1"));
        assertThat(count("SELECT COUNT(*) FROM parking_order")).isEqualTo(1);
    }

    private void assertRefusedWithNothingWritten(ResultActions refused, int status) throws Exception {
        refused.andExpect(status().is(status)).andExpect(jsonPath("$.isSuccess").value("1"));
        assertThat(count("SELECT COUNT(*) FROM parking_order")).as("orders").isEqualTo(1);
        assertThat(storedFiles()).as("stored documents").isEmpty();
    }

    private String lastOrderId() {
        return jdbc.sql("SELECT last_order_id FROM parking_card WHERE id = ?").param(CARD_ID).query(String.class)
                .single();
    }

    private static List<Path> storedFiles() throws IOException {
        try (Stream<Path> files = Files.list(documents())) {
            return files.toList();
        }
    }

    private static byte[] pdf(int size) {
        byte[] pdf = new byte[size];
        Arrays.fill(pdf, (byte) ' ');
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, pdf, 0, header.length);
        return pdf;
    }
}
