package com.northstar.gateway.clientip;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param trustedProxies CIDR ranges (e.g. {@code 10.0.0.0/8}) of the load balancers and ingress controllers in
 *                       front of the gateway; only their {@code X-Forwarded-For} is believed. Empty: the client is
 *                       the remote address and the header is ignored.
 */
@ConfigurationProperties("gateway.client-ip")
public record ClientIpProperties(@DefaultValue List<String> trustedProxies) {
}
