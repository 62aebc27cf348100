package com.northstar.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.Seed;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteAccessTest {

    @Test
    void seedAndCallersAreReadFromRouteMetadata() {
        RouteAccess access = RouteAccess.of("parking", Map.of("seed", "PARKING", "callers", "APP, PARK"));

        assertThat(access.seed()).isEqualTo(Seed.PARKING);
        assertThat(access.callers()).containsExactlyInAnyOrder(Role.APP, Role.PARK);
        assertThat(access.open()).isFalse();
    }

    @Test
    void routeWithoutSeedUsesKopAndOpenRoutesNeedNoCallers() {
        RouteAccess access = RouteAccess.of("api-docs", Map.of("open", true));

        assertThat(access.seed()).isEqualTo(Seed.KOP);
        assertThat(access.open()).isTrue();
        assertThat(access.callers()).isEmpty();
    }

    @Test
    void unknownRoleInMetadataIsAConfigurationError() {
        assertThatThrownBy(() -> RouteAccess.of("x", Map.of("callers", "OPS,ADMIN")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
