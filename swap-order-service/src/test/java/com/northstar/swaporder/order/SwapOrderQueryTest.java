package com.northstar.swaporder.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.baomidou.mybatisplus.core.MybatisConfiguration;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.metadata.TableInfoHelper;
import com.northstar.platform.core.caller.Caller;
import com.northstar.platform.core.caller.Role;
import com.northstar.platform.core.error.ApiException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.ibatis.builder.MapperBuilderAssistant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The rules of swapOrderQuery that need no database: aliases, how parameters combine, dates and scoping. */
class SwapOrderQueryTest {

    private static final Caller OPS = caller(Set.of(Role.OPS));
    private static final Caller MERCHANT_M001 = new Caller("m", Set.of(Role.MERCHANT), List.of("M001"), null, List.of());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void tableMetadata() {
        TableInfoHelper.initTableInfo(new MapperBuilderAssistant(new MybatisConfiguration(), ""), SwapOrder.class);
    }

    @Test
    void theSeedsMisspellingsAreReadAsTheRightNames() {
        SwapOrderQueryRequest request = read("""
                {"pageSzie": 20, "OrderState": 2, "packagelInfo": 1, "operationInfo": 1}""");

        assertThat(request.pageSize()).isEqualTo(20);
        assertThat(request.orderState()).isEqualTo(2);
        assertThat(request.packageInfo()).isEqualTo(1);
        assertThat(request.operatorInfo()).isEqualTo(1);
    }

    @Test
    void epochMillisecondsMayArriveAsANumber() {
        assertThat(read("{\"startTimeBefore\": 1772726400000}").startTimeBefore()).isEqualTo("1772726400000");
    }

    @Test
    void deviceIdOutsideDeviceIdsMatchesNothingWithoutAskingTheDatabase() {
        SwapOrderQuery query = query("{\"deviceIds\": \"CAB-001,CAB-002\", \"deviceId\": \"CAB-003\"}", OPS);

        assertThat(query.matchesNothing()).isTrue();
        assertThat(query.toWrapper()).isEmpty();
    }

    @Test
    void aFewCabinetsAreReadThroughTheDeviceIndexAndManyOrNoneAreNot() {
        String fifteen = String.join(",", IntStream.rangeClosed(1, 15).mapToObj(i -> "CAB-" + i).toList());

        assertThat(query("{\"deviceIds\": \"CAB-001,CAB-002,CAB-003\"}", OPS).readsFewDevices()).isTrue();
        assertThat(query("{\"deviceId\": \"CAB-001\"}", OPS).readsFewDevices()).isTrue();
        assertThat(query("{\"deviceIds\": \"" + fifteen + "\"}", OPS).readsFewDevices()).isTrue();
        assertThat(query("{\"deviceIds\": \"" + fifteen + ",CAB-16\"}", OPS).readsFewDevices()).isFalse();
        assertThat(query("{\"orderType\": 1}", OPS).readsFewDevices()).isFalse();
    }

    @Test
    void deviceIdInsideDeviceIdsNarrowsToThatDevice() {
        SwapOrderQuery query = query("{\"deviceIds\": \"CAB-001, CAB-002\", \"deviceId\": \"CAB-002\"}", OPS);

        assertThat(query.deviceIds()).containsExactly("CAB-002");
        assertThat(query.matchesNothing()).isFalse();
    }

    @Test
    void orderIdIsAOneElementOrderIdsAndBothTogetherKeepWhatTheyShare() {
        assertThat(query("{\"orderId\": 7}", OPS).orderIds()).containsExactly(7L);
        assertThat(query("{\"orderIds\": \"5,7,9\", \"orderId\": 7}", OPS).orderIds()).containsExactly(7L);
        assertThat(query("{\"orderIds\": \"5,9\", \"orderId\": 7}", OPS).matchesNothing()).isTrue();
    }

    @Test
    void blankParametersCountAsNotGiven() {
        SwapOrderQuery query = query("""
                {"phone": "", "deviceIds": " , ", "merchantCodes": "", "startTimeEnd": " "}""", OPS);

        assertThat(query.phone()).isNull();
        assertThat(query.deviceIds()).isNull();
        assertThat(query.merchantCodes()).isNull();
        assertThat(query.startTo()).isNull();
    }

    @Test
    void aBareEndDateIncludesTheWholeDayAndABareStartDateStartsAtMidnight() {
        SwapOrderQuery query = query("{\"startTimeBefore\": \"2026-03-01\", \"startTimeEnd\": \"2026-03-05\"}", OPS);

        assertThat(query.startFrom()).isEqualTo(LocalDateTime.of(2026, 3, 1, 0, 0, 0));
        assertThat(query.startTo()).isEqualTo(LocalDateTime.of(2026, 3, 5, 23, 59, 59));
    }

    @Test
    void epochMillisecondsAreReadInShanghaiTime() {
        // 2026-03-05 16:00:00 UTC is midnight of 2026-03-06 in Asia/Shanghai.
        assertThat(query("{\"startTimeBefore\": \"1772726400000\"}", OPS).startFrom())
                .isEqualTo(LocalDateTime.of(2026, 3, 6, 0, 0, 0));
    }

    @Test
    void unreadableDatesAndReversedRangesAreBadRequestsNamingTheField() {
        assertThatThrownBy(() -> query("{\"startTimeEnd\": \"05/03/2026\"}", OPS))
                .isInstanceOf(ApiException.class).hasMessageStartingWith("field startTimeEnd");
        assertThatThrownBy(() -> query("{\"startTimeBefore\": \"2026-03-05\", \"startTimeEnd\": \"2026-03-01\"}", OPS))
                .isInstanceOf(ApiException.class).hasMessageContaining("startTimeBefore");
        assertThatThrownBy(() -> query("{\"orderIds\": \"1,two\"}", OPS))
                .isInstanceOf(ApiException.class).hasMessageStartingWith("field orderIds");
    }

    @Test
    void pageDefaultsToTheFirstTenAndRefusesMoreThanFiveHundred() {
        SwapOrderQuery query = query("{}", OPS);
        assertThat(query.page().pageNo()).isEqualTo(1);
        assertThat(query.page().pageSize()).isEqualTo(10);
        assertThat(query.withTotal()).isTrue();

        assertThatThrownBy(() -> query("{\"pageSize\": 501}", OPS)).isInstanceOf(ApiException.class)
                .hasMessageContaining("pageSize");
    }

    @Test
    void blocksAreIncludedOnlyWhenAskedWithOne() {
        SwapOrderQuery query = query("{\"changeDetail\": 1, \"operatorInfo\": 0}", OPS);

        assertThat(query.blocks()).isEqualTo(new SwapOrderView.Blocks(true, false, false));
    }

    @Test
    void opsAndPartnerAreNotScoped() {
        assertThat(query("{}", OPS).visibleMerchants()).isNull();
        assertThat(query("{}", caller(Set.of(Role.PARTNER))).visibleMerchants()).isNull();
        assertThat(sql(query("{}", OPS))).doesNotContain("device_merchant_code");
    }

    @Test
    void aMerchantIsAlwaysLimitedToOrdersOfItsMerchantsOrOfTheirCabinets() {
        String sql = sql(query("{\"merchantCodes\": \"M002,M003\"}", MERCHANT_M001));

        assertThat(sql).contains("merchant_code IN (").contains("AND (merchant_code IN (")
                .contains("OR device_merchant_code IN (");
        assertThat(query("{}", MERCHANT_M001).visibleMerchants()).containsExactly("M001");
    }

    @Test
    void aMerchantTokenNamingNoMerchantMatchesNothing() {
        Caller noMerchants = caller(Set.of(Role.MERCHANT));

        assertThat(query("{}", noMerchants).matchesNothing()).isTrue();
    }

    @Test
    void resultsAreOrderedByStartTimeThenOrderIdNewestFirst() {
        assertThat(sql(query("{}", OPS))).endsWith("ORDER BY start_time DESC,id DESC");
    }

    private static Caller caller(Set<Role> roles) {
        return new Caller("someone", roles, List.of(), null, List.of());
    }

    private static SwapOrderQueryRequest read(String body) {
        return JSON.readValue(body, SwapOrderQueryRequest.class);
    }

    private static SwapOrderQuery query(String body, Caller caller) {
        return SwapOrderQuery.of(read(body), caller);
    }

    private static String sql(SwapOrderQuery query) {
        LambdaQueryWrapper<SwapOrder> wrapper = query.toWrapper().orElseThrow();
        return wrapper.getCustomSqlSegment();
    }
}
