package com.northstar.gateway.auth.jwt;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway keeps an identity provider's published keys ({@link PublishedKeys}).
 *
 * @param maxAge             a fetched key set is fetched again after this long: the most a withdrawn key is still
 *                           accepted
 * @param minRefetchInterval a token with an unknown key id fetches the set again at most this often
 */
@ConfigurationProperties("gateway.jwt.keys")
public record PublishedKeysProperties(@DefaultValue("5m") Duration maxAge,
        @DefaultValue("1s") Duration minRefetchInterval) {
}
