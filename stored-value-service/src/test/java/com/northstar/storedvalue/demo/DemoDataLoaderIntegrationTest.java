package com.northstar.storedvalue.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.storedvalue.MemberTestSupport;
import com.northstar.storedvalue.card.CardAccounts;
import com.northstar.storedvalue.card.CardMapper;
import com.northstar.storedvalue.member.MemberCards;
import com.northstar.storedvalue.recharge.Recharges;
import com.northstar.storedvalue.settlement.BusinessDayGate;
import com.northstar.storedvalue.tenancy.TenantMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The loader runs only with suite.demo-data; here it is built from the context's beans on an emptied schema. */
class DemoDataLoaderIntegrationTest extends MemberTestSupport {

    @Autowired DataSource dataSource;
    @Autowired TenantMapper tenants;
    @Autowired BusinessDayGate gate;
    @Autowired MemberCards memberCards;
    @Autowired CardAccounts accounts;
    @Autowired CardMapper cards;
    @Autowired Recharges recharges;
    @Autowired Clock clock;
    @Autowired TransactionTemplate transactions;

    @Test
    void demoDataOpensTheMembersOfBothTenantsWithOneLostAndOneVoidedCard() throws Exception {
        loadMembersReferenceData();
        List.of("tenant", "shop", "shop_gate", "card_class", "member_level", "member_tag", "gift", "recharge_plan")
                .forEach(table -> jdbc.sql("TRUNCATE TABLE " + table).update());
        DemoDataLoader loader = new DemoDataLoader(dataSource, tenants, gate, memberCards, accounts, cards, recharges,
                clock);

        transactions.executeWithoutResult(status -> loader.run(null));
        transactions.executeWithoutResult(status -> loader.run(null));

        assertThat(count("SELECT COUNT(*) FROM member WHERE tenant_id = 1")).isEqualTo(12);
        assertThat(count("SELECT COUNT(*) FROM member WHERE tenant_id = 2")).isEqualTo(3);
        assertThat(card("8001000011").get("status")).isEqualTo(2);
        assertThat(card("8001000012").get("status")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM shop_gate")).isEqualTo(3L * BusinessDayGate.SLOTS);
        assertThat(getJson("/api/stored-value/members/search?mac=M8001000001", T001)).hasSize(1);
        assertThat(getJson("/api/stored-value/recharges/refund-draft?cardCode=8001000001", T001)
                .get("payMoney").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(getJson("/api/stored-value/balance-refunds/draft?cardCode=8001000001", T001).get("details"))
                .as("the recharge's cash and WeChat parts").hasSize(2);
        assertThat(card("8001000001").get("actual_balance")).isEqualTo(new BigDecimal("500.00"));
        assertThat(card("8001000007").get("give_balance")).isEqualTo(new BigDecimal("100.00"));
    }
}
