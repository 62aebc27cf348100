package com.northstar.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.envelope.Seed;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteAccessTest {

    private static final long DEFAULT_MAX_BODY = 1024 * 1024;

    @Test
    void seedAndCallersAreReadFromRouteMetadata() {
        RouteAccess access = RouteAccess.of("parking", Map.of("seed", "PARKING", "callers", "APP, PARK"),
                DEFAULT_MAX_BODY);

        assertThat(access.seed()).isEqualTo(Seed.PARKING);
        assertThat(access.callers()).containsExactlyInAnyOrder(Role.APP, Role.PARK);
        assertThat(access.open()).isFalse();
    }

    @Test
    void routeWithoutSeedUsesKopAndOpenRoutesNeedNoCallers() {
        RouteAccess access = RouteAccess.of("api-docs", Map.of("open", true), DEFAULT_MAX_BODY);

        assertThat(access.seed()).isEqualTo(Seed.KOP);
        assertThat(access.open()).isTrue();
        assertThat(access.callers()).isEmpty();
    }

    @Test
    void bodyLimitIsTheDefaultUnlessTheRouteNamesItsOwn() {
        assertThat(RouteAccess.of("member", Map.of("callers", "OPS"), DEFAULT_MAX_BODY).maxBodyBytes())
                .isEqualTo(DEFAULT_MAX_BODY);
        assertThat(RouteAccess.of("import", Map.of("callers", "OPS", "max-body-size", "20MB"), DEFAULT_MAX_BODY)
                .maxBodyBytes()).isEqualTo(20L * 1024 * 1024);
    }

    @Test
    void unknownRoleOrUnreadableSizeInMetadataIsAConfigurationError() {
        assertThatThrownBy(() -> RouteAccess.of("x", Map.of("callers", "OPS,ADMIN"), DEFAULT_MAX_BODY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RouteAccess.of("x", Map.of("callers", "OPS", "max-body-size", "big"),
                DEFAULT_MAX_BODY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRouteListingInternalCallersIsAConfigurationError() {
        assertThatThrownBy(() -> RouteAccess.of("x", Map.of("callers", "OPS,INTERNAL"), DEFAULT_MAX_BODY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never routed");
    }
}
