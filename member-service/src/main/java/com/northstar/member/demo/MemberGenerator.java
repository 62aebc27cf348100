package com.northstar.member.demo;

import java.sql.SQLException;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The benchmark loader's entry point: profile {@code generate} ({@code application-generate.yml} turns the web
 * server, the Kafka listeners and the outbox relay off), {@code --members=N} (default 1,000,000). Exits when done.
 */
@Component
@Profile("generate")
class MemberGenerator implements ApplicationRunner {

    static final long DEFAULT_MEMBERS = 1_000_000;

    private final BulkMemberLoad load;
    private final ConfigurableApplicationContext context;

    MemberGenerator(BulkMemberLoad load, ConfigurableApplicationContext context) {
        this.load = load;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        List<String> values = args.getOptionValues("members");
        load.generate(values == null || values.isEmpty() ? DEFAULT_MEMBERS : Long.parseLong(values.get(0)));
        SpringApplication.exit(context);
    }
}
