import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code ./suite login USER}: logs in at the suite's OpenID Connect provider as a command-line tool does (RFC 8252):
 * authorization code with PKCE (S256), the code delivered to a loopback redirect URI on a port of its own, then
 * exchanged for tokens. Prints the access token (or, with --json, the token response). The password comes from
 * SUITE_LOGIN_PASSWORD, else the terminal (not echoed), else the first line of standard input; an account whose
 * password someone else set chooses its own the same way (SUITE_LOGIN_NEW_PASSWORD, the terminal, the next line).
 * With --browser it prints the authorization URL for a browser instead and waits for the browser to come back.
 *
 * Runs as a single source file on the JDK alone: java dev/suite-login/SuiteLogin.java USER [options].
 */
public class SuiteLogin {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("--issuer", "http://localhost:9000",
                "--client", "admin-console", "--scope", "openid profile"));
        String user = null;
        boolean browser = false;
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--browser" -> browser = true;
                case "--json" -> json = true;
                case "--issuer", "--client", "--scope" -> options.put(args[i], value(args, ++i));
                default -> {
                    if (args[i].startsWith("-") || user != null) {
                        fail("usage: ./suite login USER [--browser] [--json] [--issuer URL] [--client ID]");
                    }
                    user = args[i];
                }
            }
        }
        if (user == null && !browser) {
            fail("usage: ./suite login USER [--browser] [--json] [--issuer URL] [--client ID]");
        }
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String discovery = get(http, options.get("--issuer") + "/.well-known/openid-configuration").body();
        String authorizationEndpoint = jsonString(discovery, "authorization_endpoint");
        String tokenEndpoint = jsonString(discovery, "token_endpoint");

        CompletableFuture<Map<String, String>> callback = new CompletableFuture<>();
        HttpServer loopback = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        loopback.createContext("/callback", exchange -> {
            callback.complete(query(exchange.getRequestURI().getRawQuery()));
            byte[] page = "<!DOCTYPE html><title>Northstar</title><p>Logged in. You can close this window.</p>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        loopback.start();
        try {
            String redirectUri = "http://127.0.0.1:" + loopback.getAddress().getPort() + "/callback";
            String verifier = random(48);
            String state = random(16);
            String authorize = authorizationEndpoint + "?" + form(Map.of("response_type", "code",
                    "client_id", options.get("--client"), "scope", options.get("--scope"), "state", state,
                    "redirect_uri", redirectUri, "code_challenge", challenge(verifier),
                    "code_challenge_method", "S256"));
            if (browser) {
                System.err.println("Open this URL in a browser and log in:\n  " + authorize);
            } else {
                BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                logIn(http, authorize, user, stdin);
            }
            Map<String, String> result = callback.get(browser ? 300 : 30, TimeUnit.SECONDS);
            if (result.containsKey("error")) {
                fail("login refused: " + result.get("error") + " " + result.getOrDefault("error_description", ""));
            }
            if (!state.equals(result.get("state"))) {
                fail("the redirect carried another state: not the answer to this login");
            }
            HttpResponse<String> tokens = http.send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                            "client_id", options.get("--client"), "code", result.get("code"),
                            "redirect_uri", redirectUri, "code_verifier", verifier))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (tokens.statusCode() != 200) {
                fail("the token endpoint answered " + tokens.statusCode() + ": " + tokens.body());
            }
            System.out.println(json ? tokens.body() : jsonString(tokens.body(), "access_token"));
        } finally {
            loopback.stop(0);
        }
    }

    /** The browser's part: the login form (with its CSRF field), then back to the authorization request. */
    private static void logIn(HttpClient http, String authorize, String user, BufferedReader stdin) throws Exception {
        HttpResponse<String> toLogin = get(http, authorize);
        String loginUrl = location(toLogin);
        HttpResponse<String> loginPage = get(http, loginUrl);
        Matcher csrf = CSRF.matcher(loginPage.body());
        if (!csrf.find()) {
            fail("the login page at " + loginUrl + " has no CSRF field");
        }
        HttpResponse<String> submitted = http.send(HttpRequest.newBuilder(URI.create(loginUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user,
                        "password", secret("SUITE_LOGIN_PASSWORD", "Password for " + user + ": ", stdin),
                        "_csrf", csrf.group(1)))))
                .build(), HttpResponse.BodyHandlers.ofString());
        String next = location(submitted);
        if (next.contains("/login?error=")) {
            fail("login refused: " + next.substring(next.indexOf("error=") + 6));
        }
        if (next.endsWith("/password")) {
            next = choosePassword(http, next, stdin);
        }
        HttpResponse<String> authorized = get(http, next);
        get(http, location(authorized));
    }

    /** The account's password was set by someone else: choose one, as the page asks. Answers where it goes next. */
    private static String choosePassword(HttpClient http, String passwordUrl, BufferedReader stdin) throws Exception {
        System.err.println("suite login: this account must choose its own password first");
        HttpResponse<String> page = get(http, passwordUrl);
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            fail("the password page has no CSRF field");
        }
        String chosen = secret("SUITE_LOGIN_NEW_PASSWORD", "New password (12 characters or more): ", stdin);
        HttpResponse<String> saved = http.send(HttpRequest.newBuilder(URI.create(passwordUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("password", chosen, "confirmation", chosen,
                        "_csrf", csrf.group(1)))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (saved.statusCode() != 302) {
            Matcher reason = Pattern.compile("role=\"alert\">([^<]*)<").matcher(saved.body());
            fail("the new password was refused: " + (reason.find() ? reason.group(1) : "HTTP " + saved.statusCode()));
        }
        return location(saved);
    }

    private static String secret(String variable, String prompt, BufferedReader stdin) throws IOException {
        String fromEnvironment = System.getenv(variable);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("%s", prompt);
            return typed == null ? "" : new String(typed);
        }
        String line = stdin.readLine();
        return line == null ? "" : line;
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            fail("cannot reach " + url + " (is the suite up? ./suite up): " + e.getMessage());
            return null;
        }
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").map(target -> response.uri().resolve(target).toString())
                .orElseThrow(() -> new IllegalStateException("expected a redirect from " + response.uri()
                        + ", got HTTP " + response.statusCode()));
    }

    private static String jsonString(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!value.find()) {
            fail("no " + name + " in " + json);
        }
        return value.group(1);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private static String challenge(String verifier) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            fail(args[index - 1] + " needs a value");
        }
        return args[index];
    }

    private static void fail(String message) {
        System.err.println("suite login: " + message);
        System.exit(1);
    }
}
