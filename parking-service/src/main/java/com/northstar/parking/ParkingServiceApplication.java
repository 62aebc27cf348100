package com.northstar.parking;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** parking-service: owns parking users, plates, cards, products, orgs, orders, payments, SMS codes. */
@SpringBootApplication
@EnableScheduling
public class ParkingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ParkingServiceApplication.class, args);
    }
}
