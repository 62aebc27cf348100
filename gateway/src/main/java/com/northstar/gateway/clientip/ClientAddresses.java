package com.northstar.gateway.clientip;

import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * The address a request came from, as far as the gateway can trust it. Without trusted proxies it is the remote
 * address. With them, a request from a trusted proxy is traced back through {@code X-Forwarded-For}: the client is
 * the right-most address that is not a trusted proxy (everything left of it may be forged by the client).
 */
@Component
public class ClientAddresses {

    /** The address of a request whose sender cannot be told (no remote address): all such requests share it. */
    static final InetAddress UNKNOWN = unspecified();

    private static final String ATTRIBUTE = ClientAddresses.class.getName() + ".clientAddress";
    private static final String FORWARDED_FOR = "X-Forwarded-For";

    private final List<Cidr> trustedProxies;

    ClientAddresses(ClientIpProperties properties) {
        this.trustedProxies = properties.trustedProxies().stream().map(Cidr::parse).toList();
    }

    /** The client's address, resolved once per exchange. */
    public InetAddress of(ServerWebExchange exchange) {
        InetAddress known = exchange.getAttribute(ATTRIBUTE);
        if (known == null) {
            known = resolve(exchange.getRequest());
            exchange.getAttributes().put(ATTRIBUTE, known);
        }
        return known;
    }

    InetAddress resolve(ServerHttpRequest request) {
        InetSocketAddress remoteSocket = request.getRemoteAddress();
        InetAddress remote = remoteSocket == null ? null : remoteSocket.getAddress();
        if (remote == null) {
            return UNKNOWN;
        }
        if (trustedProxies.isEmpty() || !isTrusted(remote)) {
            return remote;
        }
        List<String> forwardedFor = request.getHeaders().getValuesAsList(FORWARDED_FOR);
        InetAddress client = remote;
        for (int i = forwardedFor.size() - 1; i >= 0; i--) {
            InetAddress hop = parse(forwardedFor.get(i));
            if (hop == null) {
                // Trusted proxies write addresses; anything else came from the client, so the last trusted hop is
                // as far as the trail can be followed.
                return client;
            }
            client = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    private boolean isTrusted(InetAddress address) {
        for (Cidr range : trustedProxies) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    private static InetAddress unspecified() {
        try {
            return InetAddress.getByAddress(new byte[4]);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An IP literal, optionally bracketed or with a port; never a host name (no DNS lookups on client input). */
    private static InetAddress parse(String hop) {
        String text = hop.trim();
        if (text.startsWith("[")) {
            int end = text.indexOf(']');
            text = end < 0 ? text : text.substring(1, end);
        } else if (text.indexOf(':') > 0 && text.indexOf(':') == text.lastIndexOf(':')) {
            text = text.substring(0, text.indexOf(':'));
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(text);
        if (bytes == null) {
            return null;
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
