package com.northstar.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * auth-server's login, measured in one run against MariaDB: complete authorization code flows with PKCE as a browser
 * and a front end run them (authorization request, login page, form with its CSRF field, back to the authorization
 * request, code exchange: six requests and one bcrypt check), one at a time and then {@code --concurrency} at a time,
 * and refresh-token grants (each rotating the token). Prints p50/p95/p99 and rates, and the ratios between them.
 * Exits 1 on any answer other than the expected one.
 */
public final class LoginBenchmark {

    private static final String SCHEMA = "bench_auth";
    private static final String USER = "merchant-m001";
    private static final String PASSWORD = "local-only-password";
    private static final String REDIRECT = "http://127.0.0.1:43117/callback";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LoginBenchOptions options;
    private final PrintStream out;
    private final JsonMapper json = JsonMapper.builder().build();
    private String base;

    private LoginBenchmark(LoginBenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    static void main(String[] args) {
        Bench.launch(args, LoginBenchOptions::parse, LoginBenchOptions.USAGE,
                options -> new LoginBenchmark(options, System.out)::run);
    }

    private void run() throws Exception {
        BenchDatabase database = new BenchDatabase(options.database(), SCHEMA);
        Path workDir = Files.createTempDirectory("login-bench-");
        ServiceJar jar = new ServiceJar("auth-server", options.serviceJar(), workDir, database, out);
        out.printf("login benchmark: auth-server -Xmx%s on schema %s; logs in %s%n", options.heap(), SCHEMA, workDir);
        database.recreate();
        try (ServiceJar.RunningService server = jar.start(ChildJvm.freePort(), ChildJvm.freePort(), List.of(
                "-Xmx" + options.heap(), "-Dauth.demo-accounts.enabled=true",
                "-Dauth.signing.key-file=" + workDir.resolve("signing-key.pem"),
                "-Dauth.signing.generate-if-missing=true", "-Dauth.login-throttle.capacity=1000000"))) {
            base = server.baseUri().toString();
            out.printf("auth-server ready in %.1f s%n%n", server.startup().toMillis() / 1000.0);
            for (int i = 0; i < options.warmUp(); i++) {
                login(new Latencies());
            }
            Timed alone = timedLogins(1);
            Timed together = timedLogins(options.concurrency());
            Timed refreshes = timedRefreshes();
            out.printf("%-46s %7s %9s %9s %9s %9s%n", "operation", "calls", "p50 ms", "p95 ms", "p99 ms", "per s");
            print("login, one at a time", alone);
            print("login, " + options.concurrency() + " at a time", together);
            print("refresh (rotating), one at a time", refreshes);
            out.printf("%nratios: logins/s at %d vs 1 at a time %.2f; refreshes/s vs logins/s (one at a time) %.1f%n",
                    options.concurrency(), together.perSecond() / alone.perSecond(),
                    refreshes.perSecond() / alone.perSecond());
        } finally {
            database.drop();
        }
    }

    private record Timed(Latencies latencies, double perSecond) {
    }

    private Timed timedLogins(int concurrency) throws Exception {
        Latencies all = new Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        try {
            List<Future<Latencies>> workers = new ArrayList<>();
            for (int worker = 0; worker < concurrency; worker++) {
                int share = options.logins() / concurrency + (worker < options.logins() % concurrency ? 1 : 0);
                workers.add(pool.submit(() -> {
                    Latencies mine = new Latencies();
                    for (int i = 0; i < share; i++) {
                        login(mine);
                    }
                    return mine;
                }));
            }
            for (Future<Latencies> worker : workers) {
                all.addAll(worker.get());
            }
        } finally {
            pool.shutdown();
        }
        return new Timed(all, all.count() / ((System.nanoTime() - started) / 1e9));
    }

    private Timed timedRefreshes() throws Exception {
        String refreshToken = login(new Latencies()).path("refresh_token").asString();
        HttpClient http = HttpClient.newHttpClient();
        Latencies latencies = new Latencies();
        long started = System.nanoTime();
        for (int i = 0; i < options.refreshes(); i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> response = post(http, base + "/oauth2/token", Map.of("grant_type", "refresh_token",
                    "client_id", "admin-console", "refresh_token", refreshToken));
            latencies.add(System.nanoTime() - t0);
            expect(response, 200);
            refreshToken = json.readTree(response.body()).path("refresh_token").asString();
        }
        return new Timed(latencies, latencies.count() / ((System.nanoTime() - started) / 1e9));
    }

    /** One complete login, timed from the authorization request to the tokens; answers the token response. */
    private JsonNode login(Latencies latencies) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String verifier = random(48);
        String authorize = base + "/oauth2/authorize?" + form(Map.of("response_type", "code", "client_id",
                "admin-console", "scope", "openid", "state", "bench", "redirect_uri", REDIRECT,
                "code_challenge", challenge(verifier), "code_challenge_method", "S256"));
        long t0 = System.nanoTime();
        expect(get(browser, authorize), 302);
        HttpResponse<String> page = expect(get(browser, base + "/login"), 200);
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new Bench.WrongAnswer("the login page has no CSRF field");
        }
        HttpResponse<String> loggedIn = expect(post(browser, base + "/login", Map.of("username", USER,
                "password", PASSWORD, "_csrf", csrf.group(1))), 302);
        HttpResponse<String> authorized = expect(get(browser, location(loggedIn)), 302);
        Matcher code = CODE.matcher(location(authorized));
        if (!code.find()) {
            throw new Bench.WrongAnswer("no code in " + location(authorized));
        }
        HttpResponse<String> tokens = expect(post(browser, base + "/oauth2/token", Map.of("grant_type",
                "authorization_code", "client_id", "admin-console", "code", code.group(1), "redirect_uri", REDIRECT,
                "code_verifier", verifier)), 200);
        latencies.add(System.nanoTime() - t0);
        return json.readTree(tokens.body());
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient http, String url, Map<String, String> fields)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new Bench.WrongAnswer(response.request().uri() + " answered " + response.statusCode() + ", not "
                    + status + ": " + response.body());
        }
        return response;
    }

    private static String location(HttpResponse<?> response) {
        return response.uri().resolve(response.headers().firstValue("Location").orElseThrow()).toString();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private static String challenge(String verifier) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    }

    private void print(String label, Timed timed) {
        out.printf("%-46s %7d %9.2f %9.2f %9.2f %9.1f%n", label, timed.latencies().count(), timed.latencies().p50(),
                timed.latencies().p95(), timed.latencies().percentileMillis(99), timed.perSecond());
    }
}
