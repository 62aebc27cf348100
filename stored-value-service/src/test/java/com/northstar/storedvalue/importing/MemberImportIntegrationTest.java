package com.northstar.storedvalue.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.northstar.storedvalue.MemberTestSupport;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

class MemberImportIntegrationTest extends MemberTestSupport {

    static final String IMPORT = "/api/stored-value/members/import";

    static final String CSV = """
            卡号,卡密,姓名,手机,性别,生日,证件号,地址,余额,赠送余额
            I001,MI001,张三,13800000011,男,1988-02-03,,北京,100.00,20.00
            I002,MI002,李四,123,女,,,,,
            I003,MI003,王五,13800000013,2,,,上海,50,
            I004,MI004,,13800000014,,,,,,
            I005,MI005,赵六,,,,,,1.234,
            """;

    @BeforeEach
    void referenceData() {
        loadMembersReferenceData();
    }

    private ResultActions upload(String name, byte[] content, HttpHeaders till, String shopId) throws Exception {
        return mvc.perform(multipart(IMPORT).file(new MockMultipartFile("file", name, "application/octet-stream",
                content)).param("shopId", shopId).param("memberCardClassId", "1").param("memberLevelId", "1")
                .headers(till));
    }

    @Test
    void svMemberImportOpensTheGoodRowsAndReportsTheBadOnesWithTheirReason() throws Exception {
        JsonNode answer = read(upload("members.csv", CSV.getBytes(StandardCharsets.UTF_8), T001, "2").andReturn());

        assertThat(statusOf(answer)).isEqualTo(200);
        JsonNode report = answer.get("data");
        assertThat(report.get("status").asString()).isEqualTo("DONE");
        assertThat(report.get("totalRows").asInt()).isEqualTo(5);
        assertThat(report.get("openedRows").asInt()).isEqualTo(2);
        assertThat(report.get("refusedRows").asInt()).isEqualTo(3);
        assertThat(report.get("refusals").findValues("row").stream().map(JsonNode::asInt).toList())
                .containsExactly(3, 5, 6);
        assertThat(report.get("refusals").get(0).get("reason").asString()).contains("phone");
        Map<String, Object> card = card("I001");
        assertThat(card.get("send_mode")).isEqualTo(3);
        assertThat(card.get("shop_id")).isEqualTo(2L);
        assertThat(card.get("actual_balance")).isEqualTo(new BigDecimal("100.00"));
        assertThat(card.get("give_balance")).isEqualTo(new BigDecimal("20.00"));
        assertThat(count("SELECT COUNT(*) FROM card_ledger WHERE kind = 'OPEN'")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM member WHERE member_level_id = 1")).isEqualTo(2);
    }

    @Test
    void svMemberImportOfTheSameFileAgainOpensNothingTwice() throws Exception {
        upload("members.csv", CSV.getBytes(StandardCharsets.UTF_8), T001, "1");

        JsonNode again = read(upload("members.csv", CSV.getBytes(StandardCharsets.UTF_8), T001, "1").andReturn())
                .get("data");

        assertThat(again.get("openedRows").asInt()).isZero();
        assertThat(again.get("refusals").get(0).get("reason").asString()).contains("already exists");
        assertThat(count("SELECT COUNT(*) FROM card")).isEqualTo(2);
        assertThat(balance("I001")).isEqualTo(new BigDecimal("120.00"));
    }

    @Test
    void svMemberImportReadsXlsxAndAnswersTheReportOfAnEarlierUploadByItsFilePath() throws Exception {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(xlsx, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("会员");
            List<List<Object>> rows = List.of(List.of("cardCode", "mac", "name", "phone", "余额"),
                    List.of("X001", "MX001", "钱七", 13800000021L, 88.5),
                    List.of("X002", "MX002", "孙八", "", 0));
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        sheet.value(r, c, number);
                    } else {
                        sheet.value(r, c, (String) value);
                    }
                }
            }
        }
        JsonNode uploaded = read(upload("members.xlsx", xlsx.toByteArray(), T001, "1").andReturn()).get("data");
        assertThat(uploaded.get("openedRows").asInt()).as(uploaded.toString()).isEqualTo(2);
        assertThat(balance("X001")).isEqualTo(new BigDecimal("88.50"));
        assertThat(jdbc.sql("SELECT phone FROM member WHERE name = '钱七'").query(String.class).single())
                .isEqualTo("13800000021");

        String filePath = uploaded.get("filePath").asString();
        String report = raw(post(IMPORT, T001, Map.of("filePath", filePath, "shopId", 1, "memberCardClassId", 1)));

        assertGolden("sv-svMemberImport", report.replace(filePath, "<filePath>"));
        assertThat(statusOf(postJson(IMPORT, T002, Map.of("filePath", filePath)))).isEqualTo(400);
    }

    @Test
    void svMemberImportAtAShopNotOfTheTokenIs403() throws Exception {
        upload("members.csv", CSV.getBytes(StandardCharsets.UTF_8), T001_SHOP_2, "1")
                .andExpect(status().isForbidden());
        upload("members.csv", CSV.getBytes(StandardCharsets.UTF_8), T002, "1").andExpect(status().isForbidden());
        assertThat(count("SELECT COUNT(*) FROM card")).isZero();
    }

    @Test
    void svMemberImportOfAFileWithoutTheRequiredColumnsIs400() throws Exception {
        upload("members.csv", "姓名,手机\n张三,13800000011\n".getBytes(StandardCharsets.UTF_8), T001, "1")
                .andExpect(status().isBadRequest());
    }

    @Test
    void svMemberImportOfALargeFileRunsInTheBackgroundAndItsFilePathShowsTheProgress() throws Exception {
        StringBuilder csv = new StringBuilder("卡号,卡密,姓名,手机,余额\n");
        for (int row = 1; row <= 1_100; row++) {
            csv.append("L").append(row).append(",ML").append(row).append(",会员").append(row).append(",,1.00\n");
        }

        JsonNode started = read(upload("large.csv", csv.toString().getBytes(StandardCharsets.UTF_8), T001, "1")
                .andReturn()).get("data");

        assertThat(started.get("status").asString()).isEqualTo("RUNNING");
        assertThat(started.get("totalRows").asInt()).isEqualTo(1_100);
        Map<String, String> progressRequest = Map.of("filePath", started.get("filePath").asString());
        JsonNode report = started;
        long deadline = System.currentTimeMillis() + 120_000;
        while (!"DONE".equals(report.get("status").asString()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            report = postJson(IMPORT, T001, progressRequest).get("data");
            assertThat(report.get("processedRows").asInt()).isBetween(0, 1_100);
        }
        assertThat(report.get("status").asString()).isEqualTo("DONE");
        assertThat(report.get("openedRows").asInt()).isEqualTo(1_100);
        assertThat(count("SELECT COUNT(*) FROM card WHERE code LIKE 'L%' AND tenant_id = 1")).isEqualTo(1_100);
        assertThat(statusOf(postJson(IMPORT, T002, progressRequest))).as("another tenant's upload").isNotEqualTo(200);
    }
}
