package com.northstar.gateway.clientip;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * An address range such as {@code 10.0.0.0/8} or {@code fd00::/8}; a bare address is a range of one. Matching is
 * Netty's subnet rule; parsing accepts IP literals only, so a configured host name is refused, never looked up.
 */
record Cidr(IpSubnetFilterRule range) {

    static Cidr parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        byte[] network = NetUtil.createByteArrayFromIpAddressString(slash < 0 ? trimmed : trimmed.substring(0, slash));
        if (network == null) {
            throw new IllegalArgumentException("not an IP address range: " + text);
        }
        try {
            int prefixLength = slash < 0 ? network.length * 8 : Integer.parseInt(trimmed.substring(slash + 1));
            return new Cidr(new IpSubnetFilterRule(InetAddress.getByAddress(network), prefixLength,
                    IpFilterRuleType.ACCEPT));
        } catch (NumberFormatException | UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address range: " + text, e);
        }
    }

    boolean contains(InetAddress address) {
        return range.matches(new InetSocketAddress(address, 0));
    }
}
