package com.northstar.partner.weichuang;

import com.northstar.platform.core.hmac.HmacSignature;
import feign.Client;
import feign.RequestInterceptor;
import feign.Retryer;
import feign.codec.ErrorDecoder;
import feign.hc5.ApacheHttp5Client;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Weichuang client's own Feign parts (not a {@code @Configuration}: they must not reach other clients). The HTTP
 * client never resends a request by itself (Apache HC5, automatic retries off; Feign's retryer off): a resend of a
 * POST that Weichuang may have carried out is Resilience4j's decision alone, made for calls safe to repeat.
 */
class WeichuangClientConfiguration {

    @Bean(destroyMethod = "close")
    CloseableHttpClient weichuangHttpClient(WeichuangProperties properties) {
        int connections = properties.resilience().maxConcurrentCalls();
        return HttpClients.custom()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableRedirectHandling()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(connections).setMaxConnPerRoute(connections).build())
                // A connection idle this long may have been closed by a proxy on the way; do not reuse it.
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .evictExpiredConnections()
                .build();
    }

    @Bean
    Client weichuangFeignClient(CloseableHttpClient weichuangHttpClient) {
        return new ApacheHttp5Client(weichuangHttpClient);
    }

    @Bean
    Retryer weichuangNeverRetries() {
        return Retryer.NEVER_RETRY;
    }

    @Bean
    RequestInterceptor weichuangSignature(WeichuangProperties properties, Clock clock) {
        String basePath = URI.create(properties.baseUrl()).getPath().replaceAll("/+$", "");
        return template -> {
            String timestamp = Long.toString(clock.millis());
            String nonce = UUID.randomUUID().toString();
            String path = basePath + template.path();
            template.header(HmacSignature.APP_KEY, properties.appKey());
            template.header(HmacSignature.TIMESTAMP, timestamp);
            template.header(HmacSignature.NONCE, nonce);
            template.header(HmacSignature.SIGNATURE, HmacSignature.sign(properties.secret(), template.method(), path,
                    timestamp, nonce, template.body()));
        };
    }

    /** 408, 429, 5xx (and anything else unexpected): unknown outcome; any other 4xx: a definite refusal. */
    @Bean
    ErrorDecoder weichuangErrors(JsonMapper json) {
        return (methodKey, response) -> {
            int status = response.status();
            String reason = reasonOf(response, json);
            if (status >= 400 && status < 500 && status != 408 && status != 429) {
                return new WeichuangRefusedException(status, reason);
            }
            return new WeichuangUnavailableException(status, "Weichuang answered " + status + ": " + reason, null);
        };
    }

    private static String reasonOf(feign.Response response, JsonMapper json) {
        if (response.body() == null) {
            return "HTTP " + response.status();
        }
        try (var body = response.body().asInputStream()) {
            String text = new String(body.readNBytes(4096), StandardCharsets.UTF_8);
            JsonNode msg = json.readTree(text).get("msg");
            return msg == null || msg.isNull() ? "HTTP " + response.status() : msg.asString();
        } catch (Exception unreadable) {
            return "HTTP " + response.status();
        }
    }
}
