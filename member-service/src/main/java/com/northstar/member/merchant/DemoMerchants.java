package com.northstar.member.merchant;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Local runs ({@code suite.demo-data=true}): the merchants of the Weichuang simulator and asset-service's demo data
 * (M001-M003, all in 北京市) in the directory, so memberQuery names them and filters them by city before asset-service
 * has sent a cabinet change. Merchants already known keep what they have.
 */
@Component
@ConditionalOnProperty(name = "suite.demo-data", havingValue = "true")
class DemoMerchants implements ApplicationRunner {

    static final int BEIJING = 110100;
    static final List<List<String>> MERCHANTS = List.of(List.of("M001", "北极星换电海淀店"),
            List.of("M002", "北极星换电朝阳店"), List.of("M003", "北极星换电丰台店"));

    private final JdbcClient jdbc;

    DemoMerchants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        MERCHANTS.forEach(merchant -> jdbc.sql("INSERT IGNORE INTO merchant_directory (merchant_code, merchant_name,"
                + " merchant_type_name, city_id, city_name) VALUES (?, ?, '换电门店', ?, '北京市')")
                .params(merchant.get(0), merchant.get(1), BEIJING).update());
    }
}
