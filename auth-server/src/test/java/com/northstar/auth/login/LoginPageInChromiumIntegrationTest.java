package com.northstar.auth.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.northstar.auth.support.AuthServerIntegrationTestSupport;
import com.northstar.auth.support.Pkce;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The login page in a real browser (Debian's headless Chromium, driven through its chromedriver): keyboard order,
 * labels, the announced error, and the login going on to the client's loopback redirect with a code. Screenshots
 * are kept in {@code target/screenshots/} as the test's artefacts.
 */
class LoginPageInChromiumIntegrationTest extends AuthServerIntegrationTestSupport {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private WebDriver chromium;
    private HttpServer loopback;
    private String callback;

    @BeforeEach
    void start() throws IOException {
        loopback = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        loopback.createContext("/callback", exchange -> {
            byte[] page = "<!DOCTYPE html><title>callback</title><p>back at the client".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        loopback.start();
        callback = "http://127.0.0.1:" + loopback.getAddress().getPort() + "/callback";
    }

    private void openChromium(String language) {
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=800,700", "--lang=" + language)
                .setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        chromium = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build(), options);
    }

    @AfterEach
    void stop() {
        if (chromium != null) {
            chromium.quit();
        }
        loopback.stop(0);
    }

    @Test
    void aPersonTabsThroughTheChineseFormSeesTheWrongPasswordErrorAndThenLogsInToTheClientsRedirect()
            throws IOException {
        openChromium("zh-CN");
        Pkce pkce = Pkce.generate();

        chromium.get(authorizeUrl(pkce, callback));

        assertThat(chromium.getCurrentUrl()).isEqualTo(base() + "/login");
        assertThat(chromium.getTitle()).isEqualTo("登录 - Northstar");
        assertThat(chromium.findElement(By.cssSelector("label[for=username]")).getText()).isEqualTo("用户名");
        assertThat(chromium.findElement(By.cssSelector("label[for=password]")).getText()).isEqualTo("密码");
        assertThat(focused().getAttribute("id")).isEqualTo("username");
        focused().sendKeys("merchant-m001", Keys.TAB);
        assertThat(focused().getAttribute("id")).isEqualTo("password");
        focused().sendKeys("wrong-password", Keys.TAB);
        assertThat(focused().getTagName()).isEqualTo("button");
        screenshot("login-zh.png");
        focused().sendKeys(Keys.ENTER);

        WebElement error = loginError();
        assertThat(error.getText()).isEqualTo("用户名或密码错误。");
        assertThat(chromium.getTitle()).startsWith("用户名或密码错误。");
        assertThat(chromium.findElement(By.id("password")).getAttribute("aria-describedby")).isEqualTo("login-error");
        screenshot("login-wrong-password-zh.png");

        chromium.findElement(By.id("username")).sendKeys("merchant-m001");
        chromium.findElement(By.id("password")).sendKeys(DEMO_PASSWORD, Keys.ENTER);
        new WebDriverWait(chromium, Duration.ofSeconds(10)).until(browser -> browser.getCurrentUrl().startsWith(callback));

        String redirect = chromium.getCurrentUrl();
        assertThat(redirect).contains("state=s-1");
        Tokens tokens = exchange(codeOf(redirect), pkce.verifier(), callback);
        assertThat(claims(tokens.accessToken()).path("merchantIds").toString()).isEqualTo("[\"M001\"]");
    }

    @Test
    void theFormWorksInEnglishWithoutJavaScript() throws IOException {
        openChromium("en-US");
        chromium.get(base() + "/login");

        assertThat(chromium.getTitle()).isEqualTo("Sign in - Northstar");
        assertThat(chromium.findElements(By.tagName("script"))).isEmpty();
        chromium.findElement(By.id("username")).sendKeys("nobody");
        chromium.findElement(By.id("password")).sendKeys("nothing", Keys.ENTER);

        assertThat(loginError().getText()).isEqualTo("Wrong username or password.");
        screenshot("login-wrong-password-en.png");
    }

    /** The form's error once the page the refused POST answered has loaded (Enter only starts that navigation). */
    private WebElement loginError() {
        return new WebDriverWait(chromium, Duration.ofSeconds(10))
                .until(browser -> browser.findElements(By.cssSelector("[role=alert]")).stream().findFirst().orElse(null));
    }

    private WebElement focused() {
        return chromium.switchTo().activeElement();
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((ChromeDriver) chromium).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
