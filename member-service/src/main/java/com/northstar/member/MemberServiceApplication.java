package com.northstar.member;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * member-service: owns members, onboarding (access) reviews, member states and statistics, migration of Weichuang
 * users.
 */
@SpringBootApplication
@EnableFeignClients
@EnableScheduling
public class MemberServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(MemberServiceApplication.class, args);
    }
}
