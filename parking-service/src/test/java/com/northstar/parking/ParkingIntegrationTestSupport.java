package com.northstar.parking;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.northstar.parking.demo.DemoDataLoader;
import com.northstar.parking.sms.LocalSmsSimulator;
import com.northstar.platform.test.IntegrationTestProperties;
import com.northstar.platform.test.ServiceMvcTestSupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockPart;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The one Spring context of parking-service's integration tests: MariaDB schema {@code it_parking} (no Kafka: the
 * service publishes no events), the seed's examples as the fixture ({@link DemoDataLoader}), the SMS and payment
 * simulators, documents in a temporary directory, and a {@link MutableClock} that stands still until a test moves
 * it. The timeout sweep's schedule is an hour: tests run it themselves.
 */
@SpringBootTest(classes = { ParkingServiceApplication.class, ParkingIntegrationTestSupport.Clocks.class })
@AutoConfigureMockMvc
public abstract class ParkingIntegrationTestSupport extends ServiceMvcTestSupport {

    public static final String USER_QUERY = "/api/parking/users/query";
    public static final String USER_BY_CARD = "/api/parking/users/by-card";
    public static final String USER_UPDATE = "/api/parking/users/update";
    public static final String ORG_QUERY = "/api/parking/orgs/query";
    public static final String EXTRA_CONFIG = "/api/parking/parks/extra-config";
    public static final String RENEW = "/api/parking/orders/renew";
    public static final String WXPAY = "/api/parking/orders/wxpay";
    public static final String NOTIFY = "/api/parking/pay/wx-notify";
    public static final String SMS_CODE = "/api/parking/sms-codes";
    public static final String CAR_ADD = "/api/parking/cars/add";
    public static final String CAR_DELETE = "/api/parking/cars/delete";
    public static final String AUDIT = "/api/parking/orders/audit";
    public static final String AUDIT_QUERY = "/api/parking/orders/audit/query";

    public static final String PARK_ID = DemoDataLoader.PARK;
    public static final String USER_ID = DemoDataLoader.USER;
    public static final String CARD_ID = DemoDataLoader.CARD;
    public static final String PRODUCT_ID = DemoDataLoader.PRODUCT;
    public static final String PRODUCT_VERSION = DemoDataLoader.PRODUCT_VERSION;

    /** A parking administrator. */
    public static final HttpHeaders PARK = caller("park-admin-1", "PARK");
    /** The payment provider, as the gateway admits it with the pay key. */
    public static final HttpHeaders PAYMENT = caller("pay-local", "PAYMENT");

    /** A PNG's first bytes and some more: what an image document starts with. */
    public static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
            'R' };

    private static final List<String> TABLES = List.of("park", "park_org", "park_extra_config", "parking_product",
            "parking_user", "parking_car", "parking_card", "parking_order", "parking_payment", "sms_phone",
            "idempotency_key");
    private static final Path DOCUMENTS = temporaryDirectory();

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        MutableClock clock() {
            return new MutableClock();
        }
    }

    @Autowired
    protected MutableClock clock;
    @Autowired
    protected LocalSmsSimulator sms;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        IntegrationTestProperties.registerWithoutKafka(registry, "it_parking");
        registry.add("parking.storage.local-dir", DOCUMENTS::toString);
        registry.add("parking.orders.timeout-sweep-interval", () -> "PT1H");
    }

    /** Empties every table and the document directory, loads the seed's examples and sets the clock back to {@link MutableClock#START}. */
    protected void loadFixture() {
        TABLES.forEach(table -> jdbc.sql("TRUNCATE TABLE " + table).update());
        try (var files = Files.list(DOCUMENTS)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new DemoDataLoader(jdbc).load();
        clock.reset();
    }

    protected static Path documents() {
        return DOCUMENTS;
    }

    /** Sends a code to {@code phone} through parkingSmsCode and answers it as the simulator delivered it. */
    protected String smsCode(String phone) throws Exception {
        read(post(SMS_CODE, APP, Map.of("phone", phone)).andReturn());
        return sms.latestCode(phone);
    }

    /** The seed's user query for 用户1 by 京A12345, verified with a fresh code sent to {@code phone}. */
    protected Map<String, Object> userQuery(String phone) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("carNum", "京A12345");
        body.put("name", "用户1");
        body.put("pmParkId", PARK_ID);
        body.put("phone", phone);
        body.put("duplicateCode", "20071230");
        body.put("phoneCode", smsCode(phone));
        body.put("isOverDuplicate", "1");
        return body;
    }

    /** A renewal of the demo card as a browser sends it, with the two required images (驾驶证, 行驶证1). */
    protected Renewal renewal() {
        return new Renewal();
    }

    /** A multipart renewal: the seed's text fields, extraDataJson and one files part per listed document. */
    protected final class Renewal {

        private final Map<String, String> fields = new LinkedHashMap<>();
        private final List<MockPart> files = new ArrayList<>();
        private final List<Map<String, String>> documents = new ArrayList<>();

        private Renewal() {
            fields.put("omPrCardId", CARD_ID);
            fields.put("pmSetrentId", PRODUCT_ID);
            fields.put("productVId", PRODUCT_VERSION);
            fields.put("priceType", "01");
            fields.put("userInfoId", USER_ID);
            fields.put("userCode", "20071230");
            fields.put("userDepartment", "111001");
            fields.put("firstOrgName", "文学院");
            fields.put("firstOrgCode", "111");
            fields.put("secondOrgName", "中文系");
            fields.put("secondOrgCode", "111001");
            image("驾驶证", "0", "11.png", PNG);
            image("行驶证1", "1", "12.png", PNG);
        }

        public Renewal field(String name, String value) {
            if (value == null) {
                fields.remove(name);
            } else {
                fields.put(name, value);
            }
            return this;
        }

        public Renewal image(String name, String code, String fileName, byte[] content) {
            documents.add(Map.of("type", "1", "name", name, "code", code, "content", fileName));
            files.add(new MockPart("files", fileName, content, MediaType.IMAGE_PNG));
            return this;
        }

        public Renewal text(String name, String code, String content) {
            documents.add(Map.of("type", "0", "name", name, "code", code, "content", content));
            files.add(new MockPart("files", "rentForBeiLiGongTempPic", new byte[0],
                    MediaType.APPLICATION_OCTET_STREAM));
            return this;
        }

        public Renewal withoutDocuments() {
            documents.clear();
            files.clear();
            return this;
        }

        public ResultActions send(HttpHeaders caller) throws Exception {
            MockMultipartHttpServletRequestBuilder request = multipart(RENEW);
            fields.forEach(request::param);
            if (!fields.containsKey("extraDataJson") && !documents.isEmpty()) {
                request.param("extraDataJson", json.writeValueAsString(documents));
            }
            files.forEach(request::part);
            return mvc.perform(request.headers(caller));
        }
    }

    /** The order id of an accepted renewal. */
    protected String renewed(ResultActions renewal) throws Exception {
        JsonNode answer = read(renewal.andReturn());
        if (!"0".equals(answer.path("isSuccess").asString())) {
            throw new AssertionError("renewal refused: " + answer);
        }
        return answer.path("resultData").path("omPrOrderId").asString();
    }

    /** Sends {@code requests} copies of a request at once (released together) and answers their HTTP statuses. */
    protected static List<Integer> concurrently(int requests, Callable<ResultActions> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.call().andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    protected long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    protected JsonNode body(ResultActions result) throws Exception {
        return read(result.andReturn());
    }

    protected String text(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    protected static String resource(String path) throws IOException {
        try (InputStream in = ParkingIntegrationTestSupport.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IOException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Ids made at random (32 hex) and the answer's own timestamp, masked so a golden file can pin the rest. */
    protected static String masked(String answer) {
        String masked = Pattern.compile("\"timestamp\":\"\\d+\"").matcher(answer).replaceAll("\"timestamp\":\"<ts>\"");
        return masked.replaceAll("\"(omPrOrderId|lastOrderId|prPayId|nonceStr|paySign)\":\"(?!5545aabd)[0-9a-fA-F]{32,64}\"",
                        "\"$1\":\"<random>\"")
                .replaceAll("prepay_id=wx[0-9a-f]{32}", "prepay_id=<random>")
                .replaceAll("/parking-documents/[0-9a-f]{32}\\.", "/parking-documents/<random>.");
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("parking-documents");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
