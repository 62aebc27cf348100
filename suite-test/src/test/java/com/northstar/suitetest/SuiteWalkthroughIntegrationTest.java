package com.northstar.suitetest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.northstar.observability.ObservabilityCheck;
import com.northstar.platform.core.time.WireDates;
import com.northstar.suitetest.Gateway.AppKey;
import com.northstar.suitetest.Gateway.Reply;
import com.northstar.suitetest.Gateway.SignedRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The suite as a new user meets it (README.md "Calling the suite"): {@code ./suite up} with the jars this build
 * made, then the swap-order flows of api-catalog.md through the gateway on :8080 only, with the local keys and
 * tokens, and {@code ./suite down} at the end whatever happened. Each run uses merchant, cabinet and device-order
 * ids of its own, so it also passes against the H2 files a previous run left in {@code data/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteWalkthroughIntegrationTest {

    private static final String REPORT = "/api/swap/orders/report";
    private static final String QUERY = "/api/swap/orders/query";
    private static final String ABNORMAL_HANDLE = "/api/swap/orders/abnormal/handle";
    private static final String SWAP_ORDER_PROMETHEUS =
            "http://localhost:" + LocalSuite.ACTUATOR_PORTS.get("swap-order-service") + "/actuator/prometheus";
    private static final String PUBLISHED_EVENTS = "outbox_relay_published_total";
    private static final String BINDING_QUERY = "/api/asset/battery-bindings/query";
    private static final String TANK_UPDATE_KOP = "/kop/hm.device.p.tankUpdate";
    private static final String PARTNER_CALL_QUERY = "/api/partner/calls/query";
    private static final String SIMULATOR = "http://localhost:" + LocalSuite.PUBLIC_PORTS.get("weichuang-simulator");
    private static final String MIGRATIONS = "/api/member/migrations";
    private static final String REVIEW_APPROVE = "/api/member/access-reviews/approve";
    private static final String REFUND_APPLY = "/api/deposit/refund-applications";
    private static final String REFUND_QUERY = "/api/deposit/refund-applications/query";
    private static final String REFUND_CONFIRM = "/api/deposit/refund-applications/confirm";
    private static final String SV_MEMBERS = "/api/stored-value/members";
    private static final String SV_RECHARGE = "/api/stored-value/recharges";
    private static final String SV_PAY = "/api/stored-value/card-payments";
    private static final String SV_SETTLEMENT = "/api/stored-value/daily-settlement";
    private static final Duration SAGA_WAIT = Duration.ofSeconds(60);
    private static final String AUTH_SERVER = "http://localhost:9000";
    private static final String AUTH_ACCOUNTS = "/api/auth/accounts";
    private static final String DEMO_PASSWORD = "local-only-password";
    private static final String SV_SHOPS = "/api/stored-value/shops";
    private static final String PARKING_ORG_QUERY = "/api/parking/orgs/query";
    private static final String PARKING_SMS_CODE = "/api/parking/sms-codes";
    private static final String PARKING_USER_QUERY = "/api/parking/users/query";
    private static final String PARKING_USER_BY_CARD = "/api/parking/users/by-card";
    private static final String PARKING_RENEW = "/api/parking/orders/renew";
    private static final String PARKING_AUDIT = "/api/parking/orders/audit";
    private static final String PARKING_WXPAY = "/api/parking/orders/wxpay";
    private static final String PARKING_NOTIFY = "/api/parking/pay/wx-notify";
    /** Seed 001's examples, the parking demo data. */
    private static final String PARKING_PARK = "b5ae3fed8f35419ab3e6c9521e631354";
    private static final String PARKING_USER = "b5ae3fed8f35419ab3e6c9521e631354";
    private static final String PARKING_CARD = "0027f8615ca143a4967b98ee7dad1026";
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
            'R' };

    /** Distinguishes this run's merchants, cabinets and device orders from every earlier run's. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /**
     * This run's battery numbers: the simulator knows every {@code BT} + 8 digits battery (its synthetic users'), so
     * binding updates of these are delivered, not refused as unknown. Runs 1,000 s apart never share one.
     */
    private static final long BATTERY_BASE = System.currentTimeMillis() / 1000 % 100_000 * 1000;
    /** This run's Weichuang users: the simulator knows every {@code 139} + 8 digits phone not seeded. */
    private static final long PHONE_BASE = System.currentTimeMillis() / 1000 % 100_000 * 1000 + 500;

    private static final LocalSuite suite = new LocalSuite(suiteRoot(),
            Path.of("target", "suite-up.log").toAbsolutePath());
    private static final Gateway gateway = new Gateway("http://localhost:8080");
    private static ZipkinServer zipkin;

    /**
     * Ports held by something else (a developer's running suite, say) fail the walkthrough, every test of it, with
     * their numbers: it never skips itself, so a green build always means the walkthrough ran.
     */
    @BeforeAll
    static void startTheSuite() throws Exception {
        List<Integer> taken = LocalSuite.portsInUse(ZipkinServer.PORT);
        if (!taken.isEmpty()) {
            throw new IllegalStateException("ports " + taken + " are already in use (is a suite running? ./suite down "
                    + "stops it); the walkthrough needs " + LocalSuite.allPorts() + " and " + ZipkinServer.PORT
                    + " free");
        }
        zipkin = ZipkinServer.start(Path.of(System.getProperty("zipkin.jar", "target/zipkin-server.jar")),
                Path.of("target", "zipkin.log").toAbsolutePath());
        suite.up(Map.of("TRACING_ZIPKIN_ENDPOINT", ZipkinServer.SPANS_ENDPOINT));
    }

    @AfterAll
    static void stopTheSuite() throws Exception {
        try {
            suite.down();
        } finally {
            if (zipkin != null) {
                zipkin.close();
            }
        }
    }

    @Test
    void everyComponentReportsReadinessUpOnItsManagementPort() {
        SoftAssertions softly = new SoftAssertions();
        LocalSuite.ACTUATOR_PORTS.forEach((name, port) -> {
            Reply readiness = gateway.get("http://localhost:" + port + "/actuator/health/readiness");
            softly.assertThat(readiness.status()).as("%s readiness: %s", name, readiness).isEqualTo(200);
            softly.assertThat(readiness.body().path("status").asString("")).as("%s readiness", name).isEqualTo("UP");
        });
        softly.assertAll();
    }

    @Test
    void theGatewayAndTheServicesServeNoActuatorOnTheirPublicPorts() {
        SoftAssertions softly = new SoftAssertions();
        LocalSuite.PUBLIC_PORTS.forEach((name, port) -> {
            if (!LocalSuite.ACTUATOR_PORTS.get(name).equals(port) && !name.equals("config-server")) {
                Reply readiness = gateway.get("http://localhost:" + port + "/actuator/health/readiness");
                softly.assertThat(readiness.status()).as("%s public port: %s", name, readiness).isEqualTo(404);
            }
        });
        softly.assertAll();
    }

    @Test
    void everyComponentListensOnTheLoopbackAddressOnly() throws Exception {
        Map<Integer, List<String>> listeners = ListeningSockets.byPort();
        SoftAssertions softly = new SoftAssertions();
        for (int port : LocalSuite.allPorts()) {
            softly.assertThat(listeners.get(port)).as("addresses listening on %s", port)
                    .isNotEmpty().allMatch(ListeningSockets::isLoopback);
        }
        softly.assertAll();
    }

    @Test
    void swapOrderServiceApiDocsOnTheGatewayListTheSwapOrderOperationsByCatalogId() {
        assertThat(operationIds(gateway.get("/v3/api-docs/swap-order-service"))).contains("swapOrderReport",
                "swapOrderQuery", "swapOrderAbnormalHandle", "swapOrderDailyCounts");
    }

    @Test
    void swapOrderReportSignedWithTheCabinetKeyCreatesTheOrderOnceAndTheSameReportAgainReturnsTheSameOrderId() {
        Map<String, Object> report = completedSwap(merchant("REPORT"), cabinet("REPORT"));

        long first = reported(report);
        long again = reported(report);

        assertThat(again).isEqualTo(first);
        Reply ofTheCabinet = gateway.postWithToken(opsToken(), QUERY, Map.of("deviceId", report.get("deviceId")));
        assertThat(orderIds(ofTheCabinet)).containsExactly(first);
        assertThat(ofTheCabinet.data().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void swapOrderReportPublishesSwapOrderCompletedThroughTheOutbox() {
        double publishedBefore = publishedEvents();

        reported(completedSwap(merchant("EVENT"), cabinet("EVENT")));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(publishedEvents()).isGreaterThan(publishedBefore));
    }

    @Test
    void swapOrderQueryShowsAMerchantOnlyTheOrdersOfItsOwnMerchants() {
        String own = merchant("OWN");
        String other = merchant("OTHER");
        long ownOrder = reported(completedSwap(own, cabinet("OWN")));
        long otherOrder = reported(completedSwap(other, cabinet("OTHER")));
        String merchantToken = gateway.token("MERCHANT", List.of(own));

        Reply everythingVisible = gateway.postWithToken(merchantToken, QUERY, Map.of("pageNo", 1, "pageSize", 50));
        Reply bothAskedFor = gateway.postWithToken(merchantToken, QUERY,
                Map.of("orderIds", ownOrder + "," + otherOrder));
        Reply otherMerchantAskedFor = gateway.postWithToken(merchantToken, QUERY, Map.of("merchantCodes", other));

        assertThat(orderIds(everythingVisible)).containsExactly(ownOrder);
        assertThat(everythingVisible.data().path("total").asLong()).isEqualTo(1);
        assertThat(orderIds(bothAskedFor)).containsExactly(ownOrder);
        assertThat(orderIds(otherMerchantAskedFor)).isEmpty();
    }

    @Test
    void swapOrderQuerySignedByThePartnerSeesTheOrdersOfEveryMerchant() {
        long first = reported(completedSwap(merchant("PARTNER-A"), cabinet("PARTNER-A")));
        long second = reported(completedSwap(merchant("PARTNER-B"), cabinet("PARTNER-B")));

        Reply reply = gateway.postSigned(AppKey.PARTNER, QUERY, Map.of("orderIds", first + "," + second));

        assertThat(orderIds(reply)).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void swapOrderQueryByOpsReturnsChangeDetailOperatorInfoAndPackageInfoOnlyWhenAskedFor() {
        long orderId = reported(completedSwap(merchant("BLOCKS"), cabinet("BLOCKS")));
        String ops = opsToken();

        JsonNode withBlocks = onlyOrder(gateway.postWithToken(ops, QUERY, Map.of("orderIds", String.valueOf(orderId),
                "changeDetail", 1, "operatorInfo", 1, "packageInfo", 1)));
        JsonNode withoutBlocks = onlyOrder(gateway.postWithToken(ops, QUERY,
                Map.of("orderIds", String.valueOf(orderId))));

        assertThat(withBlocks.path("changeDetail").path("borrowBoxNo").asInt()).isEqualTo(3);
        assertThat(withBlocks.path("changeDetail").path("returnElectric").asInt()).isEqualTo(12);
        assertThat(withBlocks.path("packageInfo").path("packageName").asString("")).isEqualTo("Monthly card");
        assertThat(withBlocks.path("packageInfo").path("price").asLong()).isEqualTo(9900);
        assertThat(withBlocks.path("operatorInfo").isObject()).as("operatorInfo block in %s", withBlocks).isTrue();
        assertThat(withoutBlocks.has("changeDetail") || withoutBlocks.has("operatorInfo")
                || withoutBlocks.has("packageInfo")).as("blocks in %s", withoutBlocks).isFalse();
    }

    @Test
    void swapOrderAbnormalHandleByOpsClosesTheOrderInTheCallersNameAndItsOperatorInfoShowsAfterwards() {
        long orderId = reported(abnormalSwap(merchant("ABNORMAL"), cabinet("ABNORMAL")));
        String ops = opsToken();
        Map<String, Object> handling = Map.of("orderId", orderId, "remark", "battery stuck, released by hand",
                "operatorId", "ops-007", "operatorName", "Walkthrough Operator");

        Reply handled = gateway.postWithToken(ops, ABNORMAL_HANDLE, handling);
        Reply handledAgain = gateway.postWithToken(ops, ABNORMAL_HANDLE, handling);
        JsonNode order = onlyOrder(gateway.postWithToken(ops, QUERY,
                Map.of("orderIds", String.valueOf(orderId), "operatorInfo", 1)));

        assertThat(handled.status()).as("%s", handled).isEqualTo(200);
        assertThat(handled.data().path("result").asInt()).isEqualTo(1);
        assertThat(handledAgain.data().path("result").asInt()).as("%s", handledAgain).isEqualTo(0);
        assertThat(order.path("orderState").asInt()).isEqualTo(3);
        JsonNode operatorInfo = order.path("operatorInfo");
        // the operator of an OPS caller is the token's subject, whatever the body names
        assertThat(operatorInfo.path("operatorId").asString("")).isEqualTo("suite-test-ops");
        assertThat(operatorInfo.path("operatorName").asString("")).isEqualTo("suite-test-ops");
        assertThat(operatorInfo.path("remark").asString("")).isEqualTo("battery stuck, released by hand");
        assertThat(operatorInfo.path("operatorTime").asString("")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    }

    @Test
    void assetAndPartnerAdapterApiDocsOnTheGatewayListTheirOperationsByCatalogId() {
        assertThat(operationIds(gateway.get("/v3/api-docs/asset-service"))).contains("assetTankUpdate",
                "assetVehicleOverdue", "assetMemberBatteryQuery", "assetBatteryQuery", "assetBindingQuery",
                "assetBindingCorrect");
        assertThat(operationIds(gateway.get("/v3/api-docs/partner-adapter-service"))).contains("partnerCallQuery",
                "partnerCallRetry");
    }

    @Test
    void swapsReportedAtTheGatewayMoveTheRidersBindingAndWeichuangIsToldOfEachMoveInOrder() {
        String merchantCode = merchant("BINDING");
        String deviceId = cabinet("BINDING");
        Map<String, Object> first = completedSwap(merchantCode, deviceId);
        String firstBattery = (String) first.get("newBattery");
        Map<String, Object> second = new HashMap<>(completedSwap(merchantCode, deviceId));
        second.put("userId", first.get("userId"));
        second.put("oldBattery", firstBattery);
        String secondBattery = (String) second.get("newBattery");

        reported(first);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(bindingsOf(firstBattery)).hasSize(1));
        reported(second);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(bindingsOf(firstBattery)).isEmpty();
            assertThat(bindingsOf(secondBattery)).singleElement().satisfies(binding -> {
                assertThat(binding.path("phoneNo").asString("")).isEqualTo("13800138000");
                assertThat(binding.path("userName").asString("")).isEqualTo("Walkthrough Rider");
            });
            assertThat(bindingUpdatesReceivedByWeichuang(firstBattery)).containsExactly(1, 0);
            assertThat(bindingUpdatesReceivedByWeichuang(secondBattery)).containsExactly(1);
        });
    }

    @Test
    void partnerCallQueryShowsOpsTheBindingUpdateDeliveredToWeichuangAndIsRefusedToAMerchant() {
        Map<String, Object> swap = completedSwap(merchant("CALLS"), cabinet("CALLS"));
        String battery = (String) swap.get("newBattery");

        reported(swap);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Reply calls = gateway.postWithToken(opsToken(), PARTNER_CALL_QUERY, Map.of("key", battery));
            assertThat(calls.status()).as("%s", calls).isEqualTo(200);
            assertThat(calls.data().path("result")).singleElement().satisfies(call -> {
                assertThat(call.path("operation").asString("")).isEqualTo("BINDING_UPDATE");
                assertThat(call.path("state").asString("")).isEqualTo("DELIVERED");
            });
        });
        assertKopFailure(gateway.postWithToken(gateway.token("MERCHANT", List.of(merchant("CALLS"))),
                PARTNER_CALL_QUERY, Map.of("key", battery)), 403);
    }

    /**
     * The cabinet's request carries a W3C traceparent of our own, so the trace is known: from the gateway through
     * swap-order-service, its outbox and Kafka to asset-service, whose binding change goes through its outbox to
     * partner-adapter-service, which stores the call and delivers it later to the simulator, all in that one trace;
     * and the JSON log lines written in its spans carry its trace id.
     */
    @Test
    void aSwapReportedAtTheGatewayIsOneTraceInZipkinThroughTheServicesToTheBindingUpdateAtWeichuang() {
        Map<String, Object> swap = completedSwap(merchant("TRACE"), cabinet("TRACE"));
        String traceId = randomHex(32);
        SignedRequest signed = gateway.sign(AppKey.CABINET, REPORT, gateway.json(swap));
        Map<String, String> headers = new HashMap<>(signed.headers());
        headers.put("traceparent", "00-" + traceId + "-" + randomHex(16) + "-01");

        Reply reply = gateway.post(REPORT, signed.body(), headers);

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        await().atMost(SAGA_WAIT).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode spans = zipkin.trace(traceId);
            assertThat(StreamSupport.stream(spans.spliterator(), false)
                    .map(span -> span.path("localEndpoint").path("serviceName").asString("")).distinct())
                    .contains("gateway", "swap-order-service", "asset-service", "partner-adapter-service",
                            "weichuang-simulator");
            assertThat(spans).as("the simulator's span of the binding update").anySatisfy(span -> {
                assertThat(span.path("localEndpoint").path("serviceName").asString("")).isEqualTo(
                        "weichuang-simulator");
                assertThat(span.path("kind").asString("")).isEqualTo("SERVER");
                assertThat(span.path("tags").path("http.url").asString(span.path("name").asString("")))
                        .contains("/wc/batteries/binding");
            });
        });
        // asset-service warns that the returned battery was bound to nobody, in the trace's consumer span
        assertThat(suiteRoot().resolve("data/logs/asset-service.log")).content()
                .contains("\"traceId\":\"" + traceId + "\"");
    }

    /**
     * The admin console the gateway serves, in Debian's Chromium (console/e2e, playwright-core): each demo account
     * logs in at auth-server's form, every page of its menu is opened, photographed and scanned with axe-core (no
     * serious or critical violation), and each area's errand is done as its people would. Screenshots and the report
     * in console/target/e2e/.
     */
    @Test
    @Order(Integer.MAX_VALUE - 1)
    void theAdminConsoleServesEveryDemoAccountsPagesAndErrandsInChromium() throws Exception {
        Path console = suiteRoot().resolve("console");
        Path output = Path.of("target", "console-e2e.log").toAbsolutePath();
        ProcessBuilder e2e = new ProcessBuilder("node", "e2e/run.mjs").directory(console.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        e2e.environment().put("CONSOLE_URL", "http://localhost:8080/console/");
        e2e.environment().put("DEMO_PASSWORD", DEMO_PASSWORD);
        Process run = e2e.start();
        boolean finished = run.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            run.destroyForcibly();
        }
        String printed = Files.readString(output);
        System.out.println(printed);
        assertThat(finished).as("the console's end-to-end run finished within 10 minutes:%n%s", printed).isTrue();
        assertThat(run.exitValue()).as(printed).isZero();
    }

    /**
     * Runs last, after the walkthrough's traffic: Debian's Prometheus scrapes the suite with the local configuration
     * and the alert rules, and every Grafana panel query and alert expression must return at least one series
     * (deploy/observability/README.md, "The check").
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void everyDashboardPanelQueryAndAlertExpressionReturnsASeriesFromTheRunningSuite() throws Exception {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        int failures;
        try (PrintStream out = new PrintStream(report, true, StandardCharsets.UTF_8)) {
            failures = ObservabilityCheck.run(suiteRoot(), Path.of("/usr/bin/prometheus"), "http://localhost:8080",
                    AUTH_SERVER, 3, out);
        }
        String printed = report.toString(StandardCharsets.UTF_8);
        System.out.println(printed);
        assertThat(failures).as(printed).isZero();
    }

    @Test
    void assetTankUpdateSignedByThePartnerMovesAKnownCabinetAndAnswers404ForACabinetWeichuangDoesNotKnow() {
        String unknown = "TK-ST-" + RUN;
        Map<String, Object> moved = Map.of("tankCode", "TK1002", "latitude", "39.983500", "longitude", "116.318500",
                "address", "北京市海淀区成府路28号 (walkthrough " + RUN + ")");

        Reply known = gateway.postSigned(AppKey.PARTNER, TANK_UPDATE_KOP, moved);
        Reply notKnown = gateway.postSigned(AppKey.PARTNER, TANK_UPDATE_KOP,
                Map.of("tankCode", unknown, "latitude", "39.9", "longitude", "116.3", "address", "nowhere"));

        assertThat(known.status()).as("%s", known).isEqualTo(200);
        assertThat(known.body().path("code").asInt()).as("%s", known).isEqualTo(200);
        assertKopFailure(notKnown, 404);
        // asset-service asked Weichuang, through partner-adapter-service, before it answered 404
        Reply tankQueries = gateway.get(SIMULATOR + "/wc/_control/calls?path=/wc/tanks/query");
        assertThat(tankQueries.text()).contains(unknown);
    }

    @Test
    void aWeichuangUserMigratesOnceApprovedAndWeichuangIsToldOnceWithTheBatteryBound() {
        String phone = weichuangPhone(1);
        String app = gateway.token("APP", List.of());

        Reply started = gateway.postWithToken(app, MIGRATIONS, Map.of("phoneNo", phone));
        Reply startedAgain = gateway.postWithToken(app, MIGRATIONS, Map.of("phoneNo", phone));
        JsonNode pending = awaitMigration(app, phone, "PENDING_REVIEW");
        Reply approved = gateway.postWithToken(gateway.token("MERCHANT", List.of("M001")), REVIEW_APPROVE,
                Map.of("id", pending.path("reviewId").asLong(), "shareCode", "M001SHARE", "deposit", 0, "state", 1));
        JsonNode completed = awaitMigration(app, phone, "COMPLETED");

        assertThat(started.status()).as("%s", started).isEqualTo(200);
        assertThat(startedAgain.data().path("phoneNo").asString("")).as("the same migration").isEqualTo(phone);
        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        assertThat(completed.path("phoneNo").asString("")).isEqualTo(phone);
        String battery = "BT" + phone.substring(3);
        await().atMost(SAGA_WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(callsReceivedByWeichuang("/wc/users/migration-done", "phoneNo", phone)).hasSize(1);
            assertThat(bindingUpdatesReceivedByWeichuang(battery)).containsExactly(1);
        });
        assertThat(callsReceivedByWeichuang("/wc/users/migration-done", "phoneNo", phone)).as("told once").hasSize(1);
    }

    @Test
    void aMigratedUsersDepositIsRefundedOnceAfterTheMerchantConfirmsEvenWhenConfirmedTwice() {
        String phone = weichuangPhone(2);
        String app = gateway.token("APP", List.of());
        String merchant = gateway.token("MERCHANT", List.of("M001"));
        gateway.postWithToken(app, MIGRATIONS, Map.of("phoneNo", phone));
        JsonNode pending = awaitMigration(app, phone, "PENDING_REVIEW");
        gateway.postWithToken(merchant, REVIEW_APPROVE, Map.of("id", pending.path("reviewId").asLong(),
                "shareCode", "M001SHARE", "deposit", 0, "state", 1));
        awaitMigration(app, phone, "COMPLETED");

        Reply applied = await().atMost(SAGA_WAIT).pollInterval(Duration.ofMillis(500)).until(
                () -> gateway.postWithToken(app, REFUND_APPLY, Map.of("phoneNo", phone, "reason", "moving away")),
                reply -> reply.status() == 200);
        Reply confirmed = gateway.postWithToken(merchant, REFUND_CONFIRM, Map.of("phoneNo", phone));
        Reply confirmedAgain = gateway.postWithToken(merchant, REFUND_CONFIRM, Map.of("phoneNo", phone));

        assertThat(applied.data().path("id").isNumber()).as("%s", applied).isTrue();
        assertThat(confirmed.data().path("success").asBoolean()).as("%s", confirmed).isTrue();
        assertThat(confirmedAgain.data().path("success").asBoolean()).as("%s", confirmedAgain).isTrue();
        await().atMost(SAGA_WAIT).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Reply listed = gateway.postWithToken(merchant, REFUND_QUERY, Map.of("phoneNo", phone));
            assertThat(listed.data().path("result")).singleElement()
                    .satisfies(application -> assertThat(application.path("status").asInt()).isEqualTo(2));
        });
        Reply refunds = gateway.get(SIMULATOR + "/wc/_control/refunds");
        assertThat(StreamSupport.stream(refunds.data().spliterator(), false)
                .filter(refund -> phone.equals(refund.path("phoneNo").asString(""))))
                .as("Weichuang paid once").singleElement()
                .satisfies(refund -> assertThat(refund.path("refundAmount").asString("")).isEqualTo("299.00"));
    }

    @Test
    void malformedJsonIsRefusedWith400InTheKopEnvelope() {
        byte[] malformed = "{\"pageNo\":".getBytes(StandardCharsets.UTF_8);

        Reply fromAPerson = gateway.post(QUERY, malformed, Map.of("Authorization", "Bearer " + opsToken()));
        Reply fromACabinet = gateway.send(gateway.sign(AppKey.CABINET, REPORT, malformed));

        assertKopFailure(fromAPerson, 400);
        assertKopFailure(fromACabinet, 400);
    }

    @Test
    void swapOrderReportWithoutAValidSignatureIsRefusedWith401InTheKopEnvelope() {
        byte[] report = gateway.json(completedSwap(merchant("UNSIGNED"), cabinet("UNSIGNED")));
        SignedRequest signed = gateway.sign(AppKey.CABINET, REPORT, report);
        Map<String, String> appKeyOnly = Map.of("X-App-Key", AppKey.CABINET.key());
        Map<String, String> wrongSecret = gateway.sign(new AppKey(AppKey.CABINET.key(), "not-the-secret"), REPORT,
                report).headers();

        assertKopFailure(gateway.post(REPORT, report, Map.of()), 401);
        assertKopFailure(gateway.post(REPORT, report, appKeyOnly), 401);
        assertKopFailure(gateway.post(REPORT, report, wrongSecret), 401);
        assertThat(gateway.send(signed).status()).as("the same report, signed").isEqualTo(200);
    }

    @Test
    void aReplayedNonceIsRefusedWith401InTheKopEnvelope() {
        SignedRequest query = gateway.sign(AppKey.PARTNER, QUERY, gateway.json(Map.of("pageNo", 1, "pageSize", 1)));

        Reply first = gateway.send(query);
        Reply replayed = gateway.send(query);

        assertThat(first.status()).as("%s", first).isEqualTo(200);
        assertKopFailure(replayed, 401);
    }

    @Test
    void storedValueApiDocsOnTheGatewayListAllFortyOperationsByCatalogIdAndTheSettlementHistory() {
        List<String> ids = operationIds(gateway.get("/v3/api-docs/stored-value-service")).stream()
                .filter(id -> id.startsWith("sv")).distinct().toList();
        assertThat(ids).hasSize(41).contains("svSettlementHistory");
    }

    @Test
    void aCashierOpensACardRechargesPaysReversesAndSettlesTheShopsDayThroughTheGateway() {
        String till = gateway.posToken("T001", List.of("2"));
        String card = "W" + RUN + SEQUENCE.incrementAndGet();
        Reply opened = gateway.postWithToken(till, SV_MEMBERS, Map.of("name", "走查会员", "cardCode", card,
                "cardMac", "M" + card, "cardClassId", 1, "phone", "13700000000"));
        assertStoredValueStatus(opened, 200);
        assertThat(opened.body().path("data").asLong()).isPositive();

        Map<String, Object> recharge = new HashMap<>(Map.of("cardCode", card, "mac", "M" + card,
                "payMoney", 100, "giveMoney", 10, "timestamp", svStamp(till),
                "details", List.of(Map.of("paymentType", 1, "money", 100))));
        assertStoredValueStatus(gateway.postWithToken(till, SV_RECHARGE, recharge), 200);
        assertStoredValueStatus(gateway.postWithToken(till, SV_RECHARGE, recharge), 200);

        Map<String, Object> pay = Map.of("cardCode", card, "mac", "M" + card, "money", 30, "code", card + "-1");
        Reply paid = gateway.postWithToken(till, SV_PAY, pay);
        assertStoredValueStatus(paid, 200);
        assertThat(paid.body().path("data").path("balance").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(gateway.postWithToken(till, SV_PAY, pay).body()).isEqualTo(paid.body());
        Reply reversed = gateway.postWithToken(till, SV_PAY + "/reverse", pay);
        assertStoredValueStatus(reversed, 200);
        assertThat(reversed.body().path("data").path("balance").decimalValue()).isEqualByComparingTo("110.00");
        assertStoredValueStatus(gateway.postWithToken(till, SV_PAY, Map.of("cardCode", card, "mac", "M" + card,
                "money", 200, "code", card + "-2")), 605);

        Reply settled = gateway.postWithToken(till, SV_SETTLEMENT, Map.of());
        assertThat(settled.status()).as("%s", settled).isEqualTo(200);
        assertThat(settled.body().path(0).path("key").asInt()).as("%s", settled).isEqualTo(200);
        assertThat(gateway.postWithToken(till, SV_SETTLEMENT, Map.of()).body().path(0).path("key").asInt())
                .isEqualTo(904);
        assertThat(gateway.getWithToken(till, SV_SETTLEMENT + "/open").text()).isEqualTo("true");
        Reply afterSettlement = gateway.postWithToken(till, SV_PAY, Map.of("cardCode", card, "mac", "M" + card,
                "money", 10, "code", card + "-3"));
        assertStoredValueStatus(afterSettlement, 200);
        assertThat(afterSettlement.body().path("data").path("balance").decimalValue()).isEqualByComparingTo("100.00");

        String otherTenant = gateway.posToken("T002", List.of("3"));
        assertStoredValueStatus(gateway.postWithToken(otherTenant, SV_PAY, Map.of("cardCode", card, "mac", "M" + card,
                "money", 1, "code", card + "-4")), 602);
    }

    private static String svStamp(String till) {
        Reply stamp = gateway.getWithToken(till, "/api/stored-value/operation-stamp");
        assertStoredValueStatus(stamp, 200);
        return stamp.body().path("data").path("timestamp").asString();
    }

    private static void assertStoredValueStatus(Reply reply, int status) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.body().path("status").asInt()).as("%s", reply).isEqualTo(status);
    }

    @Test
    void parkingServiceApiDocsOnTheGatewayListTheTwelveParkingOperationsByCatalogIdAndTheAuditQueue() {
        assertThat(operationIds(gateway.get("/v3/api-docs/parking-service"))).contains("parkingUserQuery",
                "parkingUserByCard", "parkingUserUpdate", "parkingOrgQuery", "parkingExtraConfig", "parkingOrderRenew",
                "parkingOrderWxPay", "parkingPayNotify", "parkingSmsCode", "parkingCarAdd", "parkingCarDelete",
                "parkingAuditDecide", "parkingAuditQuery");
    }

    /**
     * Seed 001 end to end through the gateway: an SMS code read from the local inbox, the user found by plate and
     * name, a renewal with its documents, the park's approval, WeChat payment, the provider's signed notification,
     * and the card's end moved to the order's end. A card an earlier run left with an open order is freed first
     * (an order awaiting audit rejected, an approved one paid), so the walk passes against old H2 files too.
     */
    @Test
    void parkingSmsUserQueryRenewalAuditWxPayAndSignedNotifyExtendTheCard() {
        String app = gateway.token("APP", List.of());
        String park = gateway.token("PARK", List.of());
        String phone = String.format("147%08d", PHONE_BASE);

        Reply sent = gateway.postWithToken(app, PARKING_SMS_CODE, Map.of("phone", phone));
        assertThat(sent.status()).as("%s", sent).isEqualTo(200);
        assertThat(sent.body().path("isSuccess").asString()).isEqualTo("0");
        Reply inbox = gateway.get("/dev/sms-inbox?phone=" + phone);
        assertThat(inbox.status()).as("%s", inbox).isEqualTo(200);
        JsonNode messages = inbox.body().path("messages");
        String code = messages.path(messages.size() - 1).path("code").asString();
        assertThat(sent.text()).doesNotContain(code);

        Reply user = gateway.postWithToken(app, PARKING_USER_QUERY, Map.of("carNum", "京A12345", "name", "用户1",
                "pmParkId", PARKING_PARK, "phone", phone, "phoneCode", code, "isOverDuplicate", "1"));
        assertThat(user.status()).as("%s", user).isEqualTo(200);
        assertThat(user.body().path("isOverDuplicate").asString()).isEqualTo("1");
        assertThat(user.body().path("resultData").path("pmSetrentUserinfoId").asString()).isEqualTo(PARKING_USER);
        assertThat(user.body().path("resultData").path("cardList").path(0).path("omPrCardId").asString())
                .isEqualTo(PARKING_CARD);

        freeTheDemoCard(app, park);
        Reply renewed = gateway.postMultipartWithToken(app, PARKING_RENEW, Map.ofEntries(
                Map.entry("omPrCardId", PARKING_CARD), Map.entry("pmSetrentId", "c933aabd0057483c8f0dc8da65c781b4"),
                Map.entry("productVId", "1245aabd0057483c8f0dc8da65c781b4"), Map.entry("priceType", "01"),
                Map.entry("userInfoId", PARKING_USER), Map.entry("userCode", "20071230"),
                Map.entry("userDepartment", "111001"), Map.entry("firstOrgName", "文学院"),
                Map.entry("firstOrgCode", "111"), Map.entry("secondOrgName", "中文系"),
                Map.entry("secondOrgCode", "111001"), Map.entry("extraDataJson", "[{\"type\":\"1\",\"name\":\"驾驶证\","
                        + "\"code\":\"0\",\"content\":\"11.png\"},{\"type\":\"1\",\"name\":\"行驶证1\",\"code\":\"1\","
                        + "\"content\":\"12.png\"},{\"type\":\"0\",\"name\":\"身份证\",\"code\":\"5\","
                        + "\"content\":\"110101199003071234\"}]")),
                List.of(new Gateway.FilePart("11.png", PNG), new Gateway.FilePart("12.png", PNG),
                        new Gateway.FilePart("rentForBeiLiGongTempPic", new byte[0])));
        assertThat(renewed.status()).as("%s", renewed).isEqualTo(200);
        JsonNode order = renewed.body().path("resultData");
        String orderId = order.path("omPrOrderId").asString();
        assertThat(order.path("state").asString()).isEqualTo("01");
        assertThat(order.path("auditStateBeforePay").asString()).isEqualTo("01");
        assertThat(order.path("extraInfo").path(0).path("content").asString()).startsWith("/parking-documents/");

        Reply awaitingAudit = gateway.postWithToken(app, PARKING_WXPAY, Map.of("omPrOrderId", orderId, "openId", "o1"));
        assertThat(awaitingAudit.status()).as("%s", awaitingAudit).isEqualTo(409);
        Reply approved = gateway.postWithToken(park, PARKING_AUDIT, Map.of("omPrOrderId", orderId,
                "auditStateBeforePay", "03", "remark", "材料齐全"));
        assertThat(approved.status()).as("%s", approved).isEqualTo(200);

        Reply paying = gateway.postWithToken(app, PARKING_WXPAY, Map.of("omPrOrderId", orderId, "openId", "o1"));
        assertThat(paying.status()).as("%s", paying).isEqualTo(200);
        assertThat(paying.body().path("isSuccess").asString()).isEqualTo("true");
        assertThat(paying.body().path("prOrderPayRes").path("secuParam").path("package").asString())
                .startsWith("prepay_id=");
        assertThat(cardOf(app).path("renewEndDt").asString()).isNotEqualTo(order.path("endDt").asString());

        Map<String, Object> notice = Map.of("outTradeNo", orderId, "transactionId", "ST-" + RUN, "totalFee", 1,
                "tradeState", "SUCCESS");
        Reply unsigned = gateway.postWithToken(app, PARKING_NOTIFY, notice);
        assertThat(unsigned.status()).as("%s", unsigned).isEqualTo(403);
        assertThat(unsigned.body().path("isSuccess").asString()).as("%s", unsigned).isEqualTo("1");
        SignedRequest signedNotice = gateway.sign(AppKey.PAY, PARKING_NOTIFY, gateway.json(notice));
        Reply paid = gateway.send(signedNotice);
        assertThat(paid.status()).as("%s", paid).isEqualTo(200);
        assertThat(paid.body().path("resultData").path("state").asString()).isEqualTo("03");
        Reply replayed = gateway.send(signedNotice);
        assertThat(replayed.status()).as("%s", replayed).isEqualTo(401);
        assertThat(replayed.body().path("isSuccess").asString()).as("%s", replayed).isEqualTo("1");

        JsonNode card = cardOf(app);
        assertThat(card.path("renewEndDt").asString()).isEqualTo(order.path("endDt").asString());
        assertThat(card.path("orderState").asString()).isEqualTo("03");
        assertThat(card.path("lastOrderId").asString()).isEqualTo(orderId);
        assertThat(card.path("isExpire").asString()).isEqualTo("0");
    }

    /** The demo card as parkingUserByCard shows it. */
    private static JsonNode cardOf(String appToken) {
        Reply byCard = gateway.postWithToken(appToken, PARKING_USER_BY_CARD, Map.of("omPrCardId", PARKING_CARD));
        assertThat(byCard.status()).as("%s", byCard).isEqualTo(200);
        return byCard.body().path("resultData").path("cardList").path(0);
    }

    /** Closes an order an earlier run left open on the demo card: rejects one awaiting audit, pays an approved one. */
    private static void freeTheDemoCard(String appToken, String parkToken) {
        Reply byCard = gateway.postWithToken(appToken, PARKING_USER_BY_CARD, Map.of("omPrCardId", PARKING_CARD));
        if ("0".equals(byCard.body().path("canRePay").asString())) {
            return;
        }
        JsonNode card = byCard.body().path("resultData").path("cardList").path(0);
        String openOrder = card.path("lastOrderId").asString();
        if ("01".equals(card.path("auditStateBeforePay").asString())) {
            gateway.postWithToken(parkToken, PARKING_AUDIT, Map.of("omPrOrderId", openOrder,
                    "auditStateBeforePay", "04", "remark", "left open by an earlier run"));
        } else {
            gateway.postSigned(AppKey.PAY, PARKING_NOTIFY, Map.of("outTradeNo", openOrder, "transactionId",
                    "ST-" + RUN + "-earlier", "totalFee", card.path("orderAmount").decimalValue().movePointRight(2)
                            .longValueExact(), "tradeState", "SUCCESS"));
        }
    }

    @Test
    void theAuthServerPublishesItsDiscoveryDocumentWithThePublicIssuerTheGatewayTrusts() {
        Reply discovery = gateway.get(AUTH_SERVER + "/.well-known/openid-configuration");

        assertThat(discovery.status()).as("%s", discovery).isEqualTo(200);
        assertThat(discovery.body().path("issuer").asString("")).isEqualTo(AUTH_SERVER);
        assertThat(discovery.body().path("jwks_uri").asString("")).isEqualTo(AUTH_SERVER + "/oauth2/jwks");
        assertThat(discovery.body().path("code_challenge_methods_supported").toString()).contains("S256");
    }

    @Test
    void everyDemoAccountLogsInWithSuiteLoginAndIsServedItsOwnOperationsThroughTheGatewayAndRefusedTheOthers()
            throws Exception {
        String ops = suite.login("ops", DEMO_PASSWORD, null).accessToken();
        String merchant = suite.login("merchant-m001", DEMO_PASSWORD, null).accessToken();
        String cashierT001 = suite.login("cashier-t001", DEMO_PASSWORD, null).accessToken();
        String cashierT002 = suite.login("cashier-t002", DEMO_PASSWORD, null).accessToken();
        String parkingOffice = suite.login("parking-office", DEMO_PASSWORD, null).accessToken();
        Map<String, Object> orgsOfThePark = Map.of("pmParkId", PARKING_PARK);

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(gateway.postWithToken(ops, PARTNER_CALL_QUERY, Map.of()).status()).isEqualTo(200);
        softly.assertThat(gateway.postWithToken(ops, PARKING_ORG_QUERY, orgsOfThePark).status()).isEqualTo(403);
        softly.assertThat(gateway.postWithToken(merchant, QUERY, Map.of()).status()).isEqualTo(200);
        softly.assertThat(gateway.postWithToken(merchant, PARTNER_CALL_QUERY, Map.of()).status()).isEqualTo(403);
        softly.assertThat(gateway.getWithToken(cashierT001, SV_SHOPS).text())
                .contains("\"id\":1", "\"id\":2").doesNotContain("\"id\":3");
        softly.assertThat(gateway.postWithToken(cashierT001, QUERY, Map.of()).status()).isEqualTo(403);
        softly.assertThat(gateway.getWithToken(cashierT002, SV_SHOPS).text())
                .contains("\"id\":3").doesNotContain("\"id\":1");
        softly.assertThat(gateway.postWithToken(parkingOffice, PARKING_ORG_QUERY, orgsOfThePark).status())
                .isEqualTo(200);
        softly.assertThat(gateway.getWithToken(parkingOffice, SV_SHOPS).status()).isEqualTo(403);
        softly.assertAll();
    }

    @Test
    void anAccountOpsCreatesThroughTheGatewayLogsInAndSeesOnlyItsMerchantWhileMerchantM001SeesNoneOfIt()
            throws Exception {
        String ops = suite.login("ops", DEMO_PASSWORD, null).accessToken();
        String ownMerchant = merchant("AUTH");
        long order = reported(completedSwap(ownMerchant, cabinet("AUTH")));
        String username = "st-" + RUN.toLowerCase() + "-merchant";

        Reply created = gateway.postWithToken(ops, AUTH_ACCOUNTS, Map.of("username", username,
                "temporaryPassword", "Walkthrough-Temporary-1", "access",
                Map.of("roles", List.of("MERCHANT"), "merchantIds", List.of(ownMerchant))));
        String newMerchant = suite.login(username, "Walkthrough-Temporary-1", "Walkthrough-Chosen-2")
                .accessToken();
        String m001 = suite.login("merchant-m001", DEMO_PASSWORD, null).accessToken();

        assertThat(created.status()).as("%s", created).isEqualTo(200);
        assertThat(orderIds(gateway.postWithToken(newMerchant, QUERY, Map.of("pageNo", 1, "pageSize", 50))))
                .containsExactly(order);
        assertThat(orderIds(gateway.postWithToken(m001, QUERY, Map.of("orderIds", String.valueOf(order)))))
                .isEmpty();
        assertThat(gateway.postWithToken(newMerchant, AUTH_ACCOUNTS, Map.of()).status()).isEqualTo(403);

        Reply disabled = gateway.postWithToken(ops, AUTH_ACCOUNTS + "/" + username + "/disable", Map.of());
        LocalSuite.Login refused = suite.login(username, "Walkthrough-Chosen-2", null);

        assertThat(disabled.status()).as("%s", disabled).isEqualTo(200);
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.output()).contains("disabled");
    }

    @Test
    void theGatewayRefusesATokenNamingTheAuthServerButSignedWithAnotherKeyAndOneOfAnotherIssuer() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair foreign = rsa.generateKeyPair();

        Reply wrongKey = gateway.postWithToken(foreignToken(AUTH_SERVER, foreign), QUERY, Map.of());
        Reply otherIssuer = gateway.postWithToken(foreignToken("https://idp.other.example", foreign), QUERY, Map.of());

        assertThat(wrongKey.status()).isEqualTo(401);
        assertThat(otherIssuer.status()).isEqualTo(401);
        assertThat(otherIssuer.body().path("code").asInt()).isEqualTo(401);
    }

    /** An OPS token as the auth-server would make it, but signed by a key that is not the auth-server's. */
    private static String foreignToken(String issuer, KeyPair key) throws Exception {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        long now = System.currentTimeMillis() / 1000;
        String header = base64.encodeToString("{\"alg\":\"RS256\",\"kid\":\"foreign\"}".getBytes(StandardCharsets.UTF_8));
        String claims = base64.encodeToString(("{\"iss\":\"" + issuer + "\",\"sub\":\"ops\",\"aud\":[\"northstar\"],"
                + "\"roles\":[\"OPS\"],\"iat\":" + now + ",\"exp\":" + (now + 600) + "}").getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key.getPrivate());
        signature.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return header + "." + claims + "." + base64.encodeToString(signature.sign());
    }

    private static List<String> operationIds(Reply docs) {
        assertThat(docs.status()).as("%s", docs).isEqualTo(200);
        List<String> operationIds = new ArrayList<>();
        docs.body().path("paths").values().forEach(path -> path.values()
                .forEach(operation -> operationIds.add(operation.path("operationId").asString(""))));
        return operationIds;
    }

    /** The current bindings of a battery, as operations see them in assetBindingQuery. */
    private static List<JsonNode> bindingsOf(String batteryCode) {
        Reply reply = gateway.postWithToken(opsToken(), BINDING_QUERY, Map.of("batteryCode", batteryCode));
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return StreamSupport.stream(reply.data().path("result").spliterator(), false).toList();
    }

    private static String weichuangPhone(int number) {
        return String.format("139%08d", PHONE_BASE + number);
    }

    /** Polls memberMigrationGet until the migration is in {@code state}; answers it. */
    private static JsonNode awaitMigration(String appToken, String phone, String state) {
        return await().atMost(SAGA_WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> gateway.getWithToken(appToken, MIGRATIONS + "/" + phone).data(),
                        migration -> state.equals(migration.path("state").asString("")));
    }

    /** The bodies of the calls the simulator answered 200 on {@code path} whose {@code field} is {@code value}. */
    private static List<JsonNode> callsReceivedByWeichuang(String path, String field, String value) {
        Reply calls = gateway.get(SIMULATOR + "/wc/_control/calls?path=" + path);
        assertThat(calls.status()).as("%s", calls).isEqualTo(200);
        List<JsonNode> bodies = new ArrayList<>();
        for (JsonNode call : calls.data()) {
            JsonNode body = gateway.parse(call.path("body").asString("{}"));
            if (call.path("status").asInt() == 200 && value.equals(body.path(field).asString(""))) {
                bodies.add(body);
            }
        }
        return bodies;
    }

    /** The states of the binding updates of a battery the simulator received, oldest first. */
    private static List<Integer> bindingUpdatesReceivedByWeichuang(String batteryCode) {
        return callsReceivedByWeichuang("/wc/batteries/binding", "batteryCode", batteryCode).stream()
                .map(update -> update.path("state").asInt()).toList();
    }

    private static String opsToken() {
        return gateway.token("OPS", List.of());
    }

    private static String merchant(String purpose) {
        return "ST-" + RUN + "-" + purpose;
    }

    private static String cabinet(String purpose) {
        return "CAB-ST-" + RUN + "-" + purpose;
    }

    /** Catalog: orderType 1 normal, orderState 1 completed. */
    private static Map<String, Object> completedSwap(String merchantCode, String deviceId) {
        return swap(merchantCode, deviceId, 1, 1);
    }

    /** Catalog: orderType 0 abnormal, orderState 2 abnormal awaiting handling. */
    private static Map<String, Object> abnormalSwap(String merchantCode, String deviceId) {
        return swap(merchantCode, deviceId, 0, 2);
    }

    /** A swap as a cabinet reports it (catalog: the order as §2.2.1 returns it, plus deviceOrderId). */
    private static Map<String, Object> swap(String merchantCode, String deviceId, int orderType, int orderState) {
        LocalDateTime now = LocalDateTime.now(WireDates.ZONE).withNano(0);
        int sequence = SEQUENCE.incrementAndGet();
        return Map.ofEntries(
                Map.entry("deviceOrderId", "ST-" + RUN + "-" + sequence),
                Map.entry("deviceId", deviceId),
                Map.entry("merchantCode", merchantCode),
                Map.entry("userId", 900_000 + sequence),
                Map.entry("phone", "13800138000"),
                Map.entry("userName", "Walkthrough Rider"),
                Map.entry("channel", "cabinet"),
                Map.entry("orderType", orderType),
                Map.entry("orderState", orderState),
                Map.entry("startTime", WireDates.format(now.minusMinutes(2))),
                Map.entry("completeTime", WireDates.format(now)),
                Map.entry("newBattery", battery(2 * sequence)),
                Map.entry("oldBattery", battery(2 * sequence + 1)),
                Map.entry("payStatus", 1),
                Map.entry("payType", 1),
                Map.entry("changeDetail", Map.of("borrowBoxNo", 3, "returnBoxNo", 7, "borrowElectric", 98,
                        "returnElectric", 12)),
                Map.entry("packageInfo", Map.of("packageName", "Monthly card", "price", 9900)));
    }

    private static String battery(int number) {
        return String.format("BT%08d", BATTERY_BASE + number);
    }

    /** Reports the swap signed with the cabinet key and answers its orderId. */
    private static Path suiteRoot() {
        return Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    }

    private static String randomHex(int digits) {
        StringBuilder hex = new StringBuilder();
        while (hex.length() < digits) {
            hex.append(Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE));
        }
        return hex.substring(0, digits);
    }

    private static long reported(Map<String, Object> report) {
        Reply reply = gateway.postSigned(AppKey.CABINET, REPORT, report);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.body().path("code").asInt()).as("%s", reply).isEqualTo(200);
        assertThat(reply.data().path("orderId").isNumber()).as("%s", reply).isTrue();
        return reply.data().path("orderId").asLong();
    }

    private static List<Long> orderIds(Reply query) {
        assertThat(query.status()).as("%s", query).isEqualTo(200);
        assertThat(query.body().path("code").asInt()).as("%s", query).isEqualTo(200);
        return StreamSupport.stream(query.data().path("result").spliterator(), false)
                .map(order -> order.path("orderId").asLong())
                .toList();
    }

    private static JsonNode onlyOrder(Reply query) {
        assertThat(orderIds(query)).hasSize(1);
        return query.data().path("result").path(0);
    }

    private static void assertKopFailure(Reply reply, int status) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(status);
        assertThat(reply.body().path("code").asInt()).as("%s", reply).isEqualTo(status);
        assertThat(reply.body().path("msg").asString("")).as("%s", reply).isNotBlank();
    }

    /** swap-order-service's count of outbox events published to Kafka, read from its Prometheus endpoint. */
    private static double publishedEvents() {
        Reply metrics = gateway.get(SWAP_ORDER_PROMETHEUS);
        assertThat(metrics.status()).as("GET %s", SWAP_ORDER_PROMETHEUS).isEqualTo(200);
        List<String> samples = metrics.text().lines().filter(line -> line.startsWith(PUBLISHED_EVENTS)).toList();
        assertThat(samples).as("%s in %s", PUBLISHED_EVENTS, SWAP_ORDER_PROMETHEUS).isNotEmpty();
        return samples.stream().mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
