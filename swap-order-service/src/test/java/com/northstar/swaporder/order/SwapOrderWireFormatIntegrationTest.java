package com.northstar.swaporder.order;

import com.northstar.swaporder.SwapOrderIntegrationTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.Customization;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.skyscreamer.jsonassert.RegularExpressionValueMatcher;
import org.skyscreamer.jsonassert.comparator.CustomComparator;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Pins the wire format of seed 000 against golden files in {@code src/test/resources/golden}: every field name of an
 * order with all blocks, and the KOP success and failure envelopes. Comparison is strict: no field may be missing
 * or extra, and values must match (the handling time, which is "now", only in its format).
 */
class SwapOrderWireFormatIntegrationTest extends SwapOrderIntegrationTestSupport {

    @BeforeEach
    void startEmpty() {
        emptyTables();
    }

    @Test
    void orderWithEveryBlockMatchesTheSeedsFieldNames() throws Exception {
        Map<String, Object> body = order("DEV-GOLDEN-1", "CAB-001", "M001");
        body.put("orderType", 0);
        body.put("orderState", 2);
        assertGolden("swap-order-report-ok.json", call(REPORT, DEVICE, body));
        // a partner's operator is the body's, so the golden operatorInfo holds the seed's example operator
        assertGolden("swap-order-abnormal-handle-ok.json", call(HANDLE, PARTNER, Map.of("orderId", 1,
                "remark", "电池未弹出，已人工补录", "operatorId", "ops-07", "operatorName", "运营李娜")));

        String page = call(QUERY, OPS, Map.of("orderId", 1, "changeDetail", 1, "operatorInfo", 1, "packageInfo", 1));

        JSONAssert.assertEquals(golden("swap-order-query-all-blocks.json"), page, new CustomComparator(
                JSONCompareMode.STRICT, new Customization("data.result[0].operatorInfo.operatorTime",
                        new RegularExpressionValueMatcher<>("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"))));
    }

    @Test
    void failuresUseTheKopFailureEnvelopeWithoutData() throws Exception {
        Map<String, Object> body = order("DEV-GOLDEN-2", "CAB-001", "M001");
        body.remove("deviceOrderId");
        assertGolden("kop-failure-missing-field.json", call(REPORT, DEVICE, body));
        assertGolden("kop-failure-forbidden.json", call(QUERY, APP, Map.of()));
    }

    private String call(String path, HttpHeaders caller, Object body) throws Exception {
        MvcResult result = post(path, caller, body).andReturn();
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static void assertGolden(String file, String actual) throws Exception {
        JSONAssert.assertEquals(golden(file), actual, JSONCompareMode.STRICT);
    }

    private static String golden(String file) throws IOException {
        try (InputStream in = SwapOrderWireFormatIntegrationTest.class.getResourceAsStream("/golden/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
