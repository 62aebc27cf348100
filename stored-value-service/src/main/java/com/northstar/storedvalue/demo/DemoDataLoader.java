package com.northstar.storedvalue.demo;

import com.northstar.platform.core.time.WireDates;
import com.northstar.storedvalue.card.Card;
import com.northstar.storedvalue.card.CardAccounts;
import com.northstar.storedvalue.card.CardAccounts.CardSession;
import com.northstar.storedvalue.card.CardMapper;
import com.northstar.storedvalue.card.CardSendMode;
import com.northstar.storedvalue.card.CardStatus;
import com.northstar.storedvalue.member.MemberCards;
import com.northstar.storedvalue.member.MemberProfile;
import com.northstar.storedvalue.recharge.RechargeRequest;
import com.northstar.storedvalue.recharge.Recharges;
import com.northstar.storedvalue.settlement.BusinessDayGate;
import com.northstar.storedvalue.support.PaymentType;
import com.northstar.storedvalue.tenancy.TenantMapper;
import com.northstar.storedvalue.tenancy.TenantScope;
import com.northstar.storedvalue.tenancy.Till;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local runs ({@code suite.demo-data=true}) on an empty schema: the reference data of T001 and T002
 * ({@code demo/reference-data.sql}), every shop's business day open today, and members with cards opened as #19
 * opens them and recharged as #29 recharges (part in cash, the rest by WeChat), so the refund drafts #17 and #18
 * have something to show; a card with bonus money only was given it when opened. T001's card 8001000011 is reported
 * lost and 8001000012 voided. The cards are listed in the service README.
 */
@Component
@ConditionalOnProperty(name = "suite.demo-data", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** A demo member: tenant, shop, card number (mac "M" + number), card class, name, phone, opening balances. */
    private record DemoMember(long tenant, long shop, String card, long cardClass, String name, String phone,
            String actual, String give) {
    }

    private static final List<DemoMember> MEMBERS = List.of(
            new DemoMember(1, 1, "8001000001", 1, "张伟", "13800010001", "500.00", "50.00"),
            new DemoMember(1, 1, "8001000002", 1, "王芳", "13800010002", "200.00", "0.00"),
            new DemoMember(1, 1, "8001000003", 1, "李娜", "13800010003", "0.00", "0.00"),
            new DemoMember(1, 1, "8001000004", 2, "刘洋", "13800010004", "100.00", "30.00"),
            new DemoMember(1, 2, "8001000005", 1, "陈静", "13800010005", "1000.00", "200.00"),
            new DemoMember(1, 2, "8001000006", 1, "杨磊", "13800010006", "50.00", "0.00"),
            new DemoMember(1, 2, "8001000007", 2, "赵敏", "13800010007", "0.00", "100.00"),
            new DemoMember(1, 1, "8001000008", 1, "黄勇", "13800010008", "300.00", "0.00"),
            new DemoMember(1, 1, "8001000009", 1, "周杰", "13800010009", "80.00", "8.00"),
            new DemoMember(1, 2, "8001000010", 1, "吴倩", "13800010010", "0.00", "0.00"),
            new DemoMember(1, 1, "8001000011", 1, "郑爽", "13800010011", "120.00", "0.00"),
            new DemoMember(1, 1, "8001000012", 1, "孙悦", "13800010012", "0.00", "0.00"),
            new DemoMember(2, 3, "8002000001", 3, "马丽", "13900020001", "200.00", "20.00"),
            new DemoMember(2, 3, "8002000002", 3, "朱琳", "13900020002", "60.00", "0.00"),
            new DemoMember(2, 3, "8002000003", 3, "胡军", "13900020003", "0.00", "0.00"));
    /** What a demo recharge pays in cash; the rest is paid by WeChat. */
    private static final BigDecimal CASH_PART = new BigDecimal("200.00");
    private static final String LOST_CARD = "8001000011";
    private static final String VOIDED_CARD = "8001000012";
    private static final long[][] SHOPS_OF_TENANTS = { { 1, 1 }, { 2, 1 }, { 3, 2 } };

    private final DataSource dataSource;
    private final TenantMapper tenants;
    private final BusinessDayGate gate;
    private final MemberCards memberCards;
    private final CardAccounts accounts;
    private final CardMapper cards;
    private final Recharges recharges;
    private final Clock clock;

    DemoDataLoader(DataSource dataSource, TenantMapper tenants, BusinessDayGate gate, MemberCards memberCards,
            CardAccounts accounts, CardMapper cards, Recharges recharges, Clock clock) {
        this.dataSource = dataSource;
        this.tenants = tenants;
        this.gate = gate;
        this.memberCards = memberCards;
        this.accounts = accounts;
        this.cards = cards;
        this.recharges = recharges;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (tenants.selectCount(null) > 0) {
            return;
        }
        new ResourceDatabasePopulator(new ClassPathResource("demo/reference-data.sql")).execute(dataSource);
        LocalDate today = LocalDate.now(clock.withZone(WireDates.ZONE));
        for (long[] shop : SHOPS_OF_TENANTS) {
            TenantScope.runAs(shop[1], () -> gate.open(shop[0], today));
        }
        MEMBERS.forEach(member -> TenantScope.runAs(member.tenant(), () -> open(member)));
        TenantScope.runAs(1, () -> {
            move(LOST_CARD, CardStatus.LOST);
            move(VOIDED_CARD, CardStatus.VOIDED);
        });
        log.info("demo data: tenants T001 and T002, {} members with cards", MEMBERS.size());
    }

    private void open(DemoMember member) {
        Till till = new Till(member.tenant(), member.shop(), "demo");
        BigDecimal paid = new BigDecimal(member.actual());
        BigDecimal bonus = new BigDecimal(member.give());
        boolean recharged = paid.signum() > 0;
        Card card = memberCards.newCard(member.card(), "M" + member.card(), member.cardClass(), till,
                recharged || bonus.signum() == 0 ? CardSendMode.SOLD : CardSendMode.GIVEN);
        if (!recharged) {
            card.setGiveBalance(bonus);
            card.setGiveRecharge(bonus);
        }
        memberCards.open(till, new MemberProfile(member.name(), null, null, member.phone(), null, null,
                member.tenant() == 1 ? 1L : 4L, null), card);
        if (recharged) {
            BigDecimal cash = paid.min(CASH_PART);
            List<RechargeRequest.PaymentPart> split = new ArrayList<>(List.of(
                    new RechargeRequest.PaymentPart(PaymentType.CASH.code(), cash, null)));
            if (paid.compareTo(cash) > 0) {
                split.add(new RechargeRequest.PaymentPart(PaymentType.WECHAT.code(), paid.subtract(cash), null));
            }
            String readAt = Long.toString(cards.selectByCode(member.card()).getChangedAt());
            recharges.recharge(new RechargeRequest(member.card(), "M" + member.card(), null, paid, bonus, "开卡充值",
                    readAt, null, split, null), till);
        }
    }

    private void move(String code, CardStatus target) {
        Card card = cards.selectByCode(code);
        CardSession session = accounts.begin(new Till(1, card.getShopId(), "demo"), card);
        session.card().moveTo(target);
        session.save();
    }
}
