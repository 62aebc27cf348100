package com.northstar.asset;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.openfeign.EnableFeignClients;

/** asset-service: owns cabinets, batteries, vehicles, battery-user bindings, overdue vehicles. */
@SpringBootApplication
@EnableFeignClients
public class AssetServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(AssetServiceApplication.class, args);
    }
}
