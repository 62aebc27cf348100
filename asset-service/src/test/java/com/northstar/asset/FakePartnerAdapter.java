package com.northstar.asset;

import com.northstar.platform.test.FakeInternalService;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * partner-adapter-service's INTERNAL tank query ({@code POST /internal/partner/tanks/query}) as its contract says:
 * the tanks it knows answer with their TankInfo, others are absent.
 */
public final class FakePartnerAdapter extends FakeInternalService {

    private static final FakePartnerAdapter INSTANCE = new FakePartnerAdapter();

    private final Map<String, String> tanks = new ConcurrentHashMap<>();

    private FakePartnerAdapter() {
        super("/internal/partner/tanks/query", Duration.ofSeconds(3));
    }

    public static FakePartnerAdapter instance() {
        return INSTANCE;
    }

    /** Weichuang knows this tank; {@code tankInfoJson} is its TankInfo. */
    public void knows(String tankCode, String tankInfoJson) {
        tanks.put(tankCode, tankInfoJson);
    }

    @Override
    protected void forget() {
        tanks.clear();
    }

    @Override
    protected void answer(HttpExchange exchange, String path, String body) throws IOException {
        StringBuilder list = new StringBuilder();
        tanks.forEach((code, info) -> {
            if (body.contains("\"" + code + "\"")) {
                list.append(list.isEmpty() ? "" : ",").append(info);
            }
        });
        ok(exchange, "{\"tankList\":[" + list + "]}");
    }
}
