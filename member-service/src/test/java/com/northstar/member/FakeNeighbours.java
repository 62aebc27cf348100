package com.northstar.member;

import com.northstar.platform.test.FakeInternalService;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * partner-adapter-service's and asset-service's INTERNAL endpoints member-service calls, as their contracts say, on
 * random local ports: partner-adapter's {@code /internal/partner/users/{phoneNo}[/deposit|/package|/batteries]} (404
 * for a phone Weichuang does not know) and asset's {@code /internal/asset/battery-bindings/migrate} (the same user
 * and battery again: the same bindingId; 409 for a battery bound to someone else) and
 * {@code /internal/asset/member-assets}. Each can be made to answer 503, not in time, or not at all (down).
 */
public final class FakeNeighbours extends FakeInternalService {

    /** A Weichuang user: the JSON of its data answers ({@code "null"} for none). */
    public record WeichuangUser(String user, String deposit, String userPackage, String batteries) {
    }

    private static final FakeNeighbours PARTNER = new FakeNeighbours();
    private static final FakeNeighbours ASSET = new FakeNeighbours();
    private static final Pattern USER_PATH = Pattern.compile("/internal/partner/users/(\\d+)(/[a-z]+)?");
    private static final Pattern MIGRATE_BODY = Pattern.compile(
            "\"userId\":\"([^\"]*)\".*\"batteryCode\":\"([^\"]*)\"");

    private final Map<String, WeichuangUser> users = new ConcurrentHashMap<>();
    private final Map<String, String> bindings = new ConcurrentHashMap<>();
    private final Set<String> boundElsewhere = ConcurrentHashMap.newKeySet();
    private final Map<String, String> memberAssets = new ConcurrentHashMap<>();
    private final AtomicLong nextBindingId = new AtomicLong(5000);

    private FakeNeighbours() {
        super("/internal/", Duration.ofSeconds(2));
    }

    public static FakeNeighbours partnerAdapter() {
        return PARTNER;
    }

    public static FakeNeighbours assetService() {
        return ASSET;
    }

    @Override
    protected void forget() {
        users.clear();
        bindings.clear();
        boundElsewhere.clear();
        memberAssets.clear();
        nextBindingId.set(5000);
    }

    public void knows(String phone, WeichuangUser user) {
        users.put(phone, user);
    }

    public void boundElsewhere(String batteryCode) {
        boundElsewhere.add(batteryCode);
    }

    public void memberAssets(String phone, String assetListJson) {
        memberAssets.put(phone, assetListJson);
    }

    @Override
    protected void answer(HttpExchange exchange, String path, String body) throws IOException {
        Matcher user = USER_PATH.matcher(path);
        if (user.matches()) {
            WeichuangUser known = users.get(user.group(1));
            if (known == null) {
                fail(exchange, 404, "Weichuang does not know phone");
                return;
            }
            String part = user.group(2) == null ? "" : user.group(2);
            String data = switch (part) {
                case "/deposit" -> known.deposit();
                case "/package" -> known.userPackage();
                case "/batteries" -> known.batteries();
                default -> known.user();
            };
            ok(exchange, data);
        } else if (path.equals("/internal/asset/battery-bindings/migrate")) {
            Matcher bind = MIGRATE_BODY.matcher(body);
            if (!bind.find()) {
                fail(exchange, 400, "bad body");
            } else if (boundElsewhere.contains(bind.group(2))) {
                fail(exchange, 409, "battery bound to someone else");
            } else {
                String id = bindings.computeIfAbsent(bind.group(1) + "/" + bind.group(2),
                        key -> String.valueOf(nextBindingId.incrementAndGet()));
                ok(exchange, "{\"bindingId\":\"" + id + "\"}");
            }
        } else if (path.equals("/internal/asset/member-assets")) {
            String query = exchange.getRequestURI().getQuery();
            String phone = query == null ? "" : query.replace("phoneNo=", "");
            ok(exchange, memberAssets.getOrDefault(phone, "[]"));
        } else {
            fail(exchange, 404, "no such endpoint");
        }
    }
}
