package com.northstar.observability;

import com.northstar.platform.core.hmac.HmacSignature;
import com.northstar.platform.core.time.WireDates;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests through the gateway as the suite's clients send them (README.md "Calling the suite"): people with
 * tokens from {@code POST /dev/tokens}, cabinets and the partner signing with their local keys, a cashier's card
 * payments and recharges, the parking office, and password logins at the auth-server. Some fail on purpose (401,
 * 400, 404, 409, a wrong password), so error series exist too. Each request and its status is kept for the report;
 * a status other than the one expected is a failure of the check (the suite is not as the check assumes).
 */
final class SuiteTraffic {

    /** One request sent: what it was, the status expected and the status answered. */
    record Sent(String what, int expected, int status) {

        boolean asExpected() {
            return expected == status;
        }
    }

    private static final String CABINET_KEY = "cabinet-local";
    private static final String CABINET_SECRET = "cabinet-local-secret";
    private static final String PARTNER_KEY = "weichuang-local";
    private static final String PARTNER_SECRET = "weichuang-local-secret";
    private static final String DEMO_PASSWORD = "local-only-password";
    private static final String PARKING_PARK = "b5ae3fed8f35419ab3e6c9521e631354";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    private final String gateway;
    private final String authServer;
    private final String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<Sent> sent = new ArrayList<>();
    private int sequence;

    SuiteTraffic(String gateway, String authServer) {
        this.gateway = gateway;
        this.authServer = authServer;
    }

    List<Sent> sent() {
        return sent;
    }

    /** One round of every kind of request; several rounds give the latency histograms some samples. */
    void round() throws IOException, InterruptedException {
        String ops = token(Map.of("sub", "obs-ops", "roles", List.of("OPS")));
        String merchant = token(Map.of("sub", "obs-merchant", "roles", List.of("MERCHANT"), "merchantIds",
                List.of("M001")));
        String app = token(Map.of("sub", "obs-app", "roles", List.of("APP")));
        String till = token(Map.of("sub", "obs-pos", "roles", List.of("POS"), "tenantId", "T001", "shopIds",
                List.of("1")));
        String park = token(Map.of("sub", "obs-park", "roles", List.of("PARK")));

        swaps(merchant);
        expect("swap order query without a token", 401, post("/api/swap/orders/query", Map.of("pageNo", 1), null));
        expect("swap order query with malformed JSON", 400, send(request("/api/swap/orders/query", ops)
                .POST(HttpRequest.BodyPublishers.ofString("{\"pageNo\":"))));
        expect("tank update of a cabinet Weichuang does not know (asks partner-adapter)", 404,
                signed("/kop/hm.device.p.tankUpdate", Map.of("tankCode", "TK-OBS-" + run, "latitude", "39.9",
                        "longitude", "116.3", "address", "nowhere"), PARTNER_KEY, PARTNER_SECRET));
        expect("partner call query", 200, post("/api/partner/calls/query", Map.of("pageNo", 1), ops));
        expect("deposit refund query", 200, post("/api/deposit/refund-applications/query", Map.of("pageNo", 1),
                merchant));
        expect("deposit refund for a phone without a deposit", 404, post("/api/deposit/refund-applications",
                Map.of("phoneNo", "13000000000", "reason", "observability check"), app));
        storedValue(till);
        expect("parking orgs", 200, post("/api/parking/orgs/query", Map.of("pmParkId", PARKING_PARK), park));
        // A phone of its own each time: a phone gets one code a minute (429 otherwise).
        expect("parking SMS code", 200, post("/api/parking/sms-codes", Map.of("phone",
                String.format("147%08d", System.currentTimeMillis() / 1000 % 100_000 * 1000 + ++sequence % 1000)),
                app));
        logins();
    }

    /** A new swap reported in progress, then completed, then as abnormal (a 409: it cannot follow completed). */
    private void swaps(String merchant) throws IOException, InterruptedException {
        String deviceOrderId = "OBS-" + run + "-" + ++sequence;
        expect("swap report, in progress", 200, signed("/api/swap/orders/report", swap(deviceOrderId, 0, 1),
                CABINET_KEY, CABINET_SECRET));
        expect("swap report, completed", 200, signed("/api/swap/orders/report", swap(deviceOrderId, 1, 1),
                CABINET_KEY, CABINET_SECRET));
        expect("swap report, abnormal after completed", 409, signed("/api/swap/orders/report",
                swap(deviceOrderId, 2, 0), CABINET_KEY, CABINET_SECRET));
        expect("swap order query", 200, post("/api/swap/orders/query", Map.of("pageNo", 1, "pageSize", 10),
                merchant));
    }

    private Map<String, Object> swap(String deviceOrderId, int orderState, int orderType) {
        LocalDateTime start = LocalDateTime.now(WireDates.ZONE).withNano(0).withSecond(0);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("deviceOrderId", deviceOrderId);
        report.put("deviceId", "CAB-001");
        report.put("merchantCode", "M001");
        report.put("userId", 990_001);
        report.put("orderType", orderType);
        report.put("orderState", orderState);
        report.put("startTime", WireDates.format(start));
        if (orderState > 0) {
            report.put("completeTime", WireDates.format(start.plusSeconds(50)));
        }
        return report;
    }

    /** A new card: opened, recharged, paid from, the payment reversed, and a payment beyond its balance (605). */
    private void storedValue(String till) throws IOException, InterruptedException {
        String card = "OBS" + run + ++sequence;
        expect("stored-value member with a new card", 200, post("/api/stored-value/members", Map.of("name",
                "观测会员", "cardCode", card, "cardMac", "M" + card, "cardClassId", 1, "phone", "13700000000"), till));
        HttpResponse<String> stamp = send(request("/api/stored-value/operation-stamp", till).GET());
        expect("stored-value operation stamp", 200, stamp);
        String timestamp = json.readTree(stamp.body()).path("data").path("timestamp").asString("");
        Map<String, Object> recharge = new HashMap<>(Map.of("cardCode", card, "mac", "M" + card, "payMoney", 100,
                "giveMoney", 10, "timestamp", timestamp, "details", List.of(Map.of("paymentType", 1, "money", 100))));
        expect("stored-value recharge", 200, post("/api/stored-value/recharges", recharge, till));
        Map<String, Object> pay = Map.of("cardCode", card, "mac", "M" + card, "money", 30, "code", card + "-1");
        expect("stored-value card payment", 200, post("/api/stored-value/card-payments", pay, till));
        expect("stored-value reversal", 200, post("/api/stored-value/card-payments/reverse", pay, till));
        expect("stored-value payment beyond the balance (605 in the body)", 200,
                post("/api/stored-value/card-payments", Map.of("cardCode", card, "mac", "M" + card, "money", 500,
                        "code", card + "-2"), till));
    }

    /** A wrong password, then the right one, on the auth-server's login form (its CSRF field and session cookie). */
    private void logins() throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        expect("login with a wrong password (redirected to the error)", 302,
                login(browser, "parking-office", "not-the-password"));
        expect("login with the demo password", 302, login(browser, "ops", DEMO_PASSWORD));
    }

    private HttpResponse<String> login(HttpClient browser, String username, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(authServer + "/login"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IOException("the login page at " + authServer + " has no _csrf field");
        }
        String form = Map.of("username", username, "password", password, "_csrf",
                        csrf.group(1) != null ? csrf.group(1) : csrf.group(2)).entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create(authServer + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token(Map<String, Object> claims) throws IOException, InterruptedException {
        HttpResponse<String> reply = post("/dev/tokens", claims, null);
        JsonNode token = json.readTree(reply.body()).path("token");
        if (reply.statusCode() != 200 || !token.isString()) {
            throw new IOException("POST /dev/tokens answered " + reply.statusCode() + " " + reply.body());
        }
        return token.asString();
    }

    private HttpResponse<String> post(String path, Object body, String token) throws IOException, InterruptedException {
        return send(request(path, token).POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))));
    }

    private HttpResponse<String> signed(String path, Object body, String appKey, String secret)
            throws IOException, InterruptedException {
        byte[] bytes = json.writeValueAsBytes(body);
        String timestamp = Long.toString(System.currentTimeMillis());
        String nonce = UUID.randomUUID().toString();
        return send(request(path, null)
                .header(HmacSignature.APP_KEY, appKey)
                .header(HmacSignature.TIMESTAMP, timestamp)
                .header(HmacSignature.NONCE, nonce)
                .header(HmacSignature.SIGNATURE, HmacSignature.sign(secret, "POST", path, timestamp, nonce, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void expect(String what, int expected, HttpResponse<String> response) {
        sent.add(new Sent(what, expected, response.statusCode()));
    }
}
