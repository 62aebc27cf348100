package com.northstar.platform.service.retention;

import java.time.Duration;

/**
 * A table of a service's own whose rows {@link RetentionSweep} deletes once they are older than {@code keep}: declare
 * it as a bean. The sweep deletes by {@code timeColumn}, which should be indexed, a thousand rows per statement.
 */
public record RetentionRule(String table, String timeColumn, Duration keep) {
}
