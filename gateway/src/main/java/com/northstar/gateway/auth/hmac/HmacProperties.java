package com.northstar.gateway.auth.hmac;

import com.northstar.platform.core.caller.Role;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Signed callers (partners, devices, payment providers).
 *
 * @param maxSkew how far X-Timestamp may be from the gateway's clock; a nonce is remembered twice as long
 * @param clients the app keys; a key without a secret is refused
 */
@ConfigurationProperties("gateway.hmac")
public record HmacProperties(@DefaultValue("5m") Duration maxSkew, @DefaultValue List<Client> clients) {

    /**
     * @param appKey the value of X-App-Key
     * @param secret the shared HMAC secret, from the environment outside the local profile
     * @param kind   what the caller is: PARTNER, DEVICE or PAYMENT
     * @param routes the route ids this key may call
     */
    public record Client(String appKey, String secret, Role kind, @DefaultValue Set<String> routes) {
    }
}
