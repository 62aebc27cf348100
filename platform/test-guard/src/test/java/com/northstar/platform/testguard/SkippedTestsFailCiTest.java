package com.northstar.platform.testguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class SkippedTestsFailCiTest {

    @TempDir
    Path directory;

    @Test
    void underCiEveryAbortedAndSkippedTestIsWrittenToTheReportByName() throws IOException {
        Path report = directory.resolve("target/skipped-tests.txt");

        run(new SkippedTestsFailCi(true, report), OneOfEach.class);

        List<String> lines = Files.readAllLines(report);
        assertThat(lines).hasSize(2);
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .startsWith(OneOfEach.class.getName() + "#needsRedis was aborted").contains("Redis is not running"));
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .startsWith(OneOfEach.class.getName() + "#notWrittenYet was skipped").contains("not written yet"));
    }

    @Test
    void reportsOfLaterTestPlansAreAppendedNotOverwritten() throws IOException {
        Path report = directory.resolve("skipped-tests.txt");

        run(new SkippedTestsFailCi(true, report), OneOfEach.class);
        run(new SkippedTestsFailCi(true, report), OneOfEach.class);

        assertThat(Files.readAllLines(report)).hasSize(4);
    }

    @Test
    void underCiAPlanWhoseTestsAllRanWritesNoReport() {
        Path report = directory.resolve("skipped-tests.txt");

        run(new SkippedTestsFailCi(true, report), AllRun.class);

        assertThat(report).doesNotExist();
    }

    @Test
    void outsideCiNothingIsWritten() {
        Path report = directory.resolve("skipped-tests.txt");

        run(new SkippedTestsFailCi(false, report), OneOfEach.class);

        assertThat(report).doesNotExist();
    }

    /** Runs a fixture in a launcher of its own, with only the given listener (not the one this build registers). */
    private static void run(SkippedTestsFailCi guard, Class<?> fixture) {
        LauncherFactory.create(LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build())
                .execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture)).build(), guard);
    }

    static class OneOfEach {

        @Test
        void runs() {
            assertThat(1 + 1).isEqualTo(2);
        }

        @Test
        void needsRedis() {
            assumeTrue(false, "Redis is not running");
        }

        @Disabled("not written yet")
        @Test
        void notWrittenYet() {
        }
    }

    static class AllRun {

        @Test
        void runs() {
            assertThat(1 + 1).isEqualTo(2);
        }
    }
}
