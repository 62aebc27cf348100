package com.northstar.deposit;

import com.northstar.platform.test.FakeInternalService;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * asset-service's INTERNAL member-assets ({@code GET /internal/asset/member-assets?phoneNo=}) as its README says: a
 * phone it knows answers its asset list, others an empty list.
 */
public final class FakeAssetService extends FakeInternalService {

    private static final FakeAssetService INSTANCE = new FakeAssetService();

    private final Map<String, String> assets = new ConcurrentHashMap<>();

    private FakeAssetService() {
        super("/internal/asset/member-assets", Duration.ofSeconds(3));
    }

    public static FakeAssetService instance() {
        return INSTANCE;
    }

    /** The member of this phone has these assets ({@code assetListJson}: a JSON array of AssetInfo). */
    public void holds(String phoneNo, String assetListJson) {
        assets.put(phoneNo, assetListJson);
    }

    @Override
    protected void forget() {
        assets.clear();
    }

    @Override
    protected void answer(HttpExchange exchange, String path, String body) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null || !query.startsWith("phoneNo=")) {
            fail(exchange, 400, "give exactly one of userId and phoneNo");
            return;
        }
        String phoneNo = URLDecoder.decode(query.substring("phoneNo=".length()), StandardCharsets.UTF_8);
        ok(exchange, assets.getOrDefault(phoneNo, "[]"));
    }
}
