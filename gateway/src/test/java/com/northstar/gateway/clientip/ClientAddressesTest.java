package com.northstar.gateway.clientip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientAddressesTest {

    private final ClientAddresses behindProxies = new ClientAddresses(
            new ClientIpProperties(List.of("10.0.0.0/8", "192.168.1.7", "fd00::/8")));
    private final ClientAddresses direct = new ClientAddresses(new ClientIpProperties(List.of()));

    @Test
    void withoutTrustedProxiesTheClientIsTheRemoteAddressWhateverItForwards() {
        assertThat(resolve(direct, "203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
    }

    @Test
    void fromATrustedProxyTheClientIsTheRightMostForwardedAddressThatIsNoProxy() {
        assertThat(resolve(behindProxies, "10.1.2.3", "198.51.100.1, 203.0.113.9, 10.4.4.4")).isEqualTo("203.0.113.9");
        assertThat(resolve(behindProxies, "192.168.1.7", "203.0.113.9")).isEqualTo("203.0.113.9");
    }

    @Test
    void addressesAClientPutInFrontOfItsOwnAreIgnored() {
        // The client sent "X-Forwarded-For: 198.51.100.1" hoping to be taken for it; the proxy appended the truth.
        assertThat(resolve(behindProxies, "10.1.2.3", "198.51.100.1, 203.0.113.9")).isEqualTo("203.0.113.9");
    }

    @Test
    void headersOfSeveralProxiesAreReadAsOneChain() {
        MockServerHttpRequest request = MockServerHttpRequest.get("/")
                .remoteAddress(new InetSocketAddress("10.1.2.3", 40000))
                .header("X-Forwarded-For", "198.51.100.1, 203.0.113.9")
                .header("X-Forwarded-For", "10.9.9.9")
                .build();

        assertThat(behindProxies.resolve(request).getHostAddress()).isEqualTo("203.0.113.9");
    }

    @Test
    void anUntrustedSenderCannotForwardForAnyone() {
        assertThat(resolve(behindProxies, "203.0.113.9", "10.1.2.3")).isEqualTo("203.0.113.9");
    }

    @Test
    void aTrustedProxyWithoutTheHeaderIsItselfTheClient() {
        assertThat(resolve(behindProxies, "10.1.2.3", null)).isEqualTo("10.1.2.3");
    }

    @Test
    void somethingOtherThanAnAddressEndsTheTrailAtTheLastTrustedHop() {
        assertThat(resolve(behindProxies, "10.1.2.3", "evil.example, 10.4.4.4")).isEqualTo("10.4.4.4");
        assertThat(resolve(behindProxies, "10.1.2.3", "unknown")).isEqualTo("10.1.2.3");
    }

    @Test
    void portsAndBracketsAreStrippedAndIpv6RangesMatch() {
        assertThat(resolve(behindProxies, "fd00::1", "[2001:db8::5]:443")).isEqualTo("2001:db8:0:0:0:0:0:5");
        assertThat(resolve(behindProxies, "10.1.2.3", "203.0.113.9:51000")).isEqualTo("203.0.113.9");
    }

    @Test
    void aRangeThatIsNoAddressIsAConfigurationError() {
        assertThatThrownBy(() -> new ClientAddresses(new ClientIpProperties(List.of("10.0.0.0/33"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientAddresses(new ClientIpProperties(List.of("proxy.internal"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cidrMatchesOnlyItsPrefix() {
        Cidr range = Cidr.parse("172.16.0.0/12");

        assertThat(range.contains(address("172.31.255.255"))).isTrue();
        assertThat(range.contains(address("172.32.0.1"))).isFalse();
        assertThat(range.contains(address("::ffff:ac10:1"))).isTrue();
    }

    private static String resolve(ClientAddresses addresses, String remote, String forwardedFor) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/")
                .remoteAddress(new InetSocketAddress(remote, 40000));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return addresses.resolve(request.build()).getHostAddress();
    }

    private static InetAddress address(String literal) {
        return new InetSocketAddress(literal, 0).getAddress();
    }
}
