package com.northstar.storedvalue;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** stored-value-service: owns tenants, shops, card classes, members, cards, ledger, payments, recharges, refunds, points, gifts, daily settlement. */
@SpringBootApplication
@EnableScheduling
public class StoredValueServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(StoredValueServiceApplication.class, args);
    }
}
