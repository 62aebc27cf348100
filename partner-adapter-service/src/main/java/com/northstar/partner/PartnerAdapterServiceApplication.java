package com.northstar.partner;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cloud.openfeign.EnableFeignClients;

/** partner-adapter-service: owns every call to Weichuang, its retries, circuit breakers, call log and dead letters. */
@SpringBootApplication
@EnableFeignClients
@ConfigurationPropertiesScan
public class PartnerAdapterServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PartnerAdapterServiceApplication.class, args);
    }
}
