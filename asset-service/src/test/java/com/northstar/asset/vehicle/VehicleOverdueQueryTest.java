package com.northstar.asset.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import com.baomidou.mybatisplus.core.MybatisConfiguration;
import com.baomidou.mybatisplus.core.metadata.TableInfoHelper;
import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.caller.Role;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.apache.ibatis.builder.MapperBuilderAssistant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** assetVehicleOverdue's scope: the body names merchants, a MERCHANT's token bounds them. */
class VehicleOverdueQueryTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 1, 10, 0);

    @BeforeAll
    static void tableMetadata() {
        TableInfoHelper.initTableInfo(new MapperBuilderAssistant(new MybatisConfiguration(), ""), VehicleRental.class);
    }

    @Test
    void aMerchantGetsOnlyTheMerchantsItsTokenAlsoNames() {
        VehicleOverdueQuery query = VehicleOverdueQuery.of(request("M001", "M003"), caller(Role.MERCHANT, "M001",
                "M002"), NOW);

        assertThat(query.merchantCodes()).containsExactly("M001");
        assertThat(query.toWrapper()).isPresent();
    }

    @Test
    void aMerchantNamingOnlyOthersOrWithoutMerchantsMatchesNothing() {
        assertThat(VehicleOverdueQuery.of(request("M003"), caller(Role.MERCHANT, "M001"), NOW).toWrapper()).isEmpty();
        assertThat(VehicleOverdueQuery.of(request("M001"), caller(Role.MERCHANT), NOW).toWrapper()).isEmpty();
    }

    @Test
    void operationsAndPartnersGetTheMerchantsTheyName() {
        assertThat(VehicleOverdueQuery.of(request("M001", "M003"), caller(Role.OPS), NOW).merchantCodes())
                .containsExactly("M001", "M003");
        assertThat(VehicleOverdueQuery.of(request("M003"), caller(Role.PARTNER), NOW).merchantCodes())
                .containsExactly("M003");
        assertThat(VehicleOverdueQuery.of(request(), caller(Role.OPS), NOW).toWrapper()).isEmpty();
    }

    @Test
    void overdueMeansNotReturnedAndTheRentalEndBeforeNow() {
        String sql = VehicleOverdueQuery.of(request("M001"), caller(Role.OPS), NOW).toWrapper().orElseThrow()
                .getSqlSegment();

        assertThat(sql).contains("returned_at IS NULL").contains("rental_end <").contains("ORDER BY rental_end ASC");
    }

    private static VehicleOverdueRequest request(String... merchantIds) {
        return new VehicleOverdueRequest(1, List.of(merchantIds), null, null, null);
    }

    private static Caller caller(Role role, String... merchantIds) {
        return new Caller("someone", Set.of(role), List.of(merchantIds), null, List.of());
    }
}
