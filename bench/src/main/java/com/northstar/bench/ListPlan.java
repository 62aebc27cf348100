package com.northstar.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link ListQueryBenchmark} measures for one service: its jar, how its generator loads the table, and the
 * list cases built from the loaded data.
 */
interface ListPlan {

    /** The benchmark's name on the command line ({@code assets}, {@code members}). */
    String name();

    String service();

    String schema();

    /** The generator's option for how many rows it loads, e.g. {@code batteries}; the table that holds them. */
    String rowsOption();

    String rowsTable();

    long defaultRows();

    /** Checks the row count the generator accepts (e.g. batteries in pairs); throws IllegalArgumentException. */
    default void checkRows(long rows) {
    }

    default Path defaultJar() {
        return Path.of(service() + "/target/" + service() + "-0.1.0-SNAPSHOT.jar");
    }

    /** The cases, built from what the generator loaded (merchants, a name, a code to filter by). */
    List<ListCase> cases(Connection loaded, long rows) throws SQLException;

    /**
     * One measured request: a POST of a list body (a page of 10, with or without the count), or a GET.
     *
     * @param withTotal null for a GET (no count to skip)
     */
    record ListCase(String label, String method, String path, Map<String, Object> filter, BenchCaller caller,
            Boolean withTotal) {

        static ListCase page(String label, String path, Map<String, Object> filter, BenchCaller caller,
                boolean withTotal) {
            return new ListCase(label, "POST", path, filter, caller, withTotal);
        }

        static ListCase get(String label, String path, BenchCaller caller) {
            return new ListCase(label, "GET", path, Map.of(), caller, null);
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>(filter);
            body.put("pageNo", 1);
            body.put("pageSize", SeedProfile.PAGE_SIZE);
            body.put("withTotal", withTotal);
            return body;
        }

        String fullLabel() {
            return label + " " + caller.label() + (withTotal == null ? "" : withTotal ? " +total" : " no total");
        }
    }
}
