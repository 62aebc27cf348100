package com.northstar.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One target of the load (a URL, a JSON body, headers) driven by wrk: a Lua script sets the POST and checks every
 * answer (HTTP 200 with KOP {@code code} 200), and prints the totals on one line this class reads.
 */
final class WrkLoad {

    private static final Pattern TOTALS = Pattern.compile(
            "BENCH requests=(\\d+) duration_us=(\\d+) errors=(\\d+) unexpected=(\\d+)");
    private static final String FIRST_UNEXPECTED = "BENCH first_unexpected=";
    private static final String CHECKS = """
            local threads = {}
            function setup(thread)
              table.insert(threads, thread)
            end
            function init(args)
              unexpected = 0
            end
            function response(status, headers, body)
              if status ~= 200 or not string.find(body, '"code":200', 1, true) then
                unexpected = unexpected + 1
                if first == nil then
                  first = status .. " " .. string.sub(string.gsub(body, "%s+", " "), 1, 300)
                end
              end
            end
            function done(summary, latency, requests)
              local unexpected, first = 0, nil
              for _, thread in ipairs(threads) do
                unexpected = unexpected + thread:get("unexpected")
                first = first or thread:get("first")
              end
              local errors = summary.errors
              io.write(string.format("BENCH requests=%d duration_us=%d errors=%d unexpected=%d\\n",
                summary.requests, summary.duration,
                errors.connect + errors.read + errors.write + errors.timeout, unexpected))
              if first then
                io.write("BENCH first_unexpected=" .. first .. "\\n")
              end
            end
            """;

    private final String name;
    private final String url;
    private final Path wrk;
    private final Path script;

    private WrkLoad(String name, String url, Path wrk, Path script) {
        this.name = name;
        this.url = url;
        this.wrk = wrk;
        this.script = script;
    }

    /** Writes the target's script into {@code workDir}. */
    static WrkLoad of(String name, String url, String body, Map<String, String> headers, Path wrk, Path workDir)
            throws IOException {
        StringBuilder lua = new StringBuilder();
        lua.append("wrk.method = \"POST\"\n");
        lua.append("wrk.body = ").append(longString(body)).append('\n');
        lua.append("wrk.headers[\"Content-Type\"] = \"application/json\"\n");
        headers.forEach((header, value) -> lua.append("wrk.headers[ ").append(longString(header)).append(" ] = ")
                .append(longString(value)).append('\n'));
        lua.append(CHECKS);
        Path script = workDir.resolve(name + ".lua");
        Files.writeString(script, lua, StandardCharsets.UTF_8);
        return new WrkLoad(name, url, wrk, script);
    }

    String name() {
        return name;
    }

    /**
     * What one wrk run measured over its connections, each sending its next request when the last answer is in.
     * The mean latency is the connections' time over the requests (Little's law); wrk's own latency mean is not
     * used, because wrk "corrects" it for coordinated omission by adding samples for every stall, which counts a
     * pause of the machine many times over.
     */
    record Totals(int connections, long requests, long durationMicros) {

        double requestsPerSecond() {
            return requests * 1_000_000.0 / durationMicros;
        }

        double meanMillis() {
            return connections * (durationMicros / 1000.0) / requests;
        }
    }

    /** An answer other than HTTP 200 with KOP code 200, or a socket error, fails the run. */
    static final class UnexpectedAnswers extends Bench.WrongAnswer {

        UnexpectedAnswers(String message) {
            super(message);
        }
    }

    /** Sends load over {@code connections} keep-alive connections (one wrk thread) for {@code seconds}. */
    Totals run(int connections, int seconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(wrk.toString(), "-t1", "-c" + connections,
                "-d" + seconds + "s", "--timeout", "10s", "-s", script.toString(), url));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds + 30L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("wrk failed on " + name + ":\n" + output);
        }
        Matcher totals = TOTALS.matcher(output);
        if (!totals.find()) {
            throw new IllegalStateException("wrk printed no totals for " + name + ":\n" + output);
        }
        long errors = Long.parseLong(totals.group(3));
        long unexpected = Long.parseLong(totals.group(4));
        if (errors > 0 || unexpected > 0) {
            int first = output.indexOf(FIRST_UNEXPECTED);
            throw new UnexpectedAnswers(name + ": " + unexpected + " unexpected answers, " + errors
                    + " socket errors" + (first < 0 ? "" : "; first: " + output.substring(first
                    + FIRST_UNEXPECTED.length()).lines().findFirst().orElse("")));
        }
        return new Totals(connections, Long.parseLong(totals.group(1)), Long.parseLong(totals.group(2)));
    }

    /** A Lua long string: no escaping needed, whatever the JSON or header value holds. */
    private static String longString(String value) {
        String level = "=";
        while (value.contains("]" + level + "]")) {
            level += "=";
        }
        return "[" + level + "[" + value + "]" + level + "]";
    }
}
