package com.northstar.platform.testguard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Under {@code CI=true}, a test that did not run (skipped: {@code @Disabled}, a condition) or that gave up
 * (aborted: a failed assumption) must fail the build, because a green build that ran nothing proves nothing.
 *
 * <p>JUnit swallows exceptions thrown by listeners, so this one writes the tests it saw to a report file (the
 * {@value #REPORT_PROPERTY} system property, which the root pom points at {@code target/skipped-tests.txt}) and the
 * root pom's {@code fail-on-skipped-tests} step fails the module's {@code verify} naming them. Outside CI nothing
 * is written: a developer may skip what needs a service they do not run.
 */
public final class SkippedTestsFailCi implements TestExecutionListener {

    static final String REPORT_PROPERTY = "skipped-tests.report";

    private final boolean ci;
    private final Path report;
    private final List<String> notRun = new ArrayList<>();

    public SkippedTestsFailCi() {
        this("true".equalsIgnoreCase(System.getenv("CI")),
                Path.of(System.getProperty(REPORT_PROPERTY, "target/skipped-tests.txt")));
    }

    SkippedTestsFailCi(boolean ci, Path report) {
        this.ci = ci;
        this.report = report;
    }

    @Override
    public synchronized void executionSkipped(TestIdentifier test, String reason) {
        notRun.add(describe(test) + " was skipped: " + reason);
    }

    @Override
    public synchronized void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            String reason = result.getThrowable().map(Throwable::getMessage).orElse("no reason given");
            notRun.add(describe(test) + " was aborted: " + reason);
        }
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan testPlan) {
        if (!ci || notRun.isEmpty()) {
            return;
        }
        System.err.println("CI=true and these tests did not run:\n  " + String.join("\n  ", notRun));
        try {
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.write(report, notRun, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + report, e);
        }
        notRun.clear();
    }

    /** {@code Class#method [display name]} for a test, the class name for a container. */
    private static String describe(TestIdentifier test) {
        TestSource source = test.getSource().orElse(null);
        if (source instanceof MethodSource method) {
            String name = method.getClassName() + "#" + method.getMethodName();
            return test.getDisplayName().startsWith(method.getMethodName()) ? name : name + " [" + test.getDisplayName() + "]";
        }
        if (source instanceof ClassSource type) {
            return type.getClassName();
        }
        return test.getDisplayName() + " (" + test.getUniqueId() + ")";
    }
}
