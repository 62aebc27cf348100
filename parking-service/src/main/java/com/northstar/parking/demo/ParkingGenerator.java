package com.northstar.parking.demo;

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
 * server, the Kafka listeners and the outbox relay off), {@code --cards=N} (default 100,000). Exits when done.
 */
@Component
@Profile("generate")
class ParkingGenerator implements ApplicationRunner {

    static final long DEFAULT_CARDS = 100_000;

    private final BulkParkingLoad load;
    private final ConfigurableApplicationContext context;

    ParkingGenerator(BulkParkingLoad load, ConfigurableApplicationContext context) {
        this.load = load;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        List<String> values = args.getOptionValues("cards");
        load.generate(values == null || values.isEmpty() ? DEFAULT_CARDS : Long.parseLong(values.get(0)));
        SpringApplication.exit(context);
    }
}
