package com.northstar.swaporder;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** swap-order-service: owns swap orders, abnormal-order handling, packages used. */
@SpringBootApplication
public class SwapOrderServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(SwapOrderServiceApplication.class, args);
    }
}
