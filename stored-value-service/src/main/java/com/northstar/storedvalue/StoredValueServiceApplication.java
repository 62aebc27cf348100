package com.northstar.storedvalue;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** stored-value-service: owns tenants, shops, card classes, members, cards, ledger, payments, recharges, refunds, points, gifts, daily settlement. */
@SpringBootApplication
public class StoredValueServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(StoredValueServiceApplication.class, args);
    }
}
