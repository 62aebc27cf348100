package com.northstar.dev.weichuang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Stands in for Weichuang's systems in local runs and in partner-adapter-service tests. */
@SpringBootApplication
public class WeichuangSimulatorApplication {

    public static void main(String[] args) {
        SpringApplication.run(WeichuangSimulatorApplication.class, args);
    }
}
