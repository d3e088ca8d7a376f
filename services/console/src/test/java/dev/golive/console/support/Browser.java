package dev.golive.console.support;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;

/**
 * A real headless Chromium (the Debian package's, driven by its chromedriver — Selenium never
 * fetches a browser; {@link ChromiumInstalled} says what to do when they are missing), with a fresh profile under {@code target/} for each test, signed in through
 * the real Keycloak login page.
 */
public final class Browser implements AutoCloseable {

    public static final String CONSOLE = "http://127.0.0.1:8089";
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
        // a panel replaced by a live update while a condition reads it is read again on the next poll
        this.wait = new WebDriverWait(driver, WAIT);
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    /** A laptop-sized window. */
    public static Browser open() {
        return open(1366, 900);
    }

    public static Browser open(int width, int height) {
        Path profile = Path.of("target", "chromium-profiles", UUID.randomUUID().toString()).toAbsolutePath();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ChromiumInstalled.browser().toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=en-GB");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(ChromiumInstalled.driver().toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        return new Browser(driver);
    }

    /** Opens a console page; on the Keycloak login page that follows, signs in as {@code user}. */
    public Browser signIn(String user, String path) {
        driver.get(CONSOLE + path);
        wait.until(d -> d.getCurrentUrl().contains("/protocol/openid-connect/auth") || d.getCurrentUrl().contains("/login-actions/"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(dev.golive.testkit.Tokens.DEMO_PASSWORD);
        submit(driver.findElement(By.id("kc-login")));
        wait.until(d -> d.getCurrentUrl().startsWith(CONSOLE));
        return this;
    }

    /** Submits the form found by {@code formCss} with its submit button, see {@link #submit(WebElement)}. */
    public Browser submit(String formCss) {
        return submit(find(formCss + " [type=submit]"));
    }

    /**
     * Clicks {@code control}, which submits a form, and waits for the console page the submission
     * loads (the same page re-rendered with the refusal, or the one a success redirects to) until
     * its script ran. Waiting for the script alone is not enough: the page being left ran it too,
     * so a check could still read the old page. That page is marked before the click; the wait ends
     * in a document without the mark.
     */
    public Browser submit(WebElement control) {
        script("window.goliveSubmittedFrom = true");
        control.click();
        new WebDriverWait(driver, WAIT)
                .withMessage("the console page loaded by the form submission (its script run)")
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.goliveSubmittedFrom !== true && window.goliveConsoleReady === true")));
        return this;
    }

    public Browser go(String path) {
        driver.get(CONSOLE + path);
        awaitScript();
        return this;
    }

    /** Waits until the page's script ran (it sets a flag at its end). */
    public void awaitScript() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return window.goliveConsoleReady === true")));
    }

    public WebDriver driver() {
        return driver;
    }

    public <T> T until(Function<WebDriver, T> condition) {
        return wait.until(condition::apply);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    public Object asyncScript(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    /** The status and body of a request the page's own script sent. */
    public record Answer(int status, String body) {
    }

    /**
     * Posts {@code fields} (already form-encoded) to {@code path} from the open console page, with
     * its cookies, as a script of that page would (redirects followed): the way to send what no
     * form of the page would send.
     */
    public Answer post(String path, String fields) {
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> answer = (java.util.Map<String, Object>) asyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},"
                        + " body: arguments[1]})"
                        + ".then(function (r) { return r.text().then(function (t) { done({status: r.status, body: t}); }); })"
                        + ".catch(function (e) { done({status: -1, body: String(e)}); });",
                path, fields);
        return new Answer(((Number) answer.get("status")).intValue(), String.valueOf(answer.get("body")));
    }

    /** The form token the open page's forms carry (the first form's). */
    public String formToken() {
        return find("form[method=post] input[name=csrf-token]").getAttribute("value");
    }

    /** Saves a PNG of the viewport as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The browser console's SEVERE entries since the last call — JavaScript errors and failed loads —
     * except the answers the test provoked on purpose (a refused form is answered 422, a forbidden
     * post 403: Chromium logs those loads as SEVERE too), named by their status.
     */
    public List<String> severeLogs(int... expectedStatuses) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> java.util.Arrays.stream(expectedStatuses)
                        .noneMatch(s -> m.contains("Failed to load resource: the server responded with a status of " + s + " ")))
                .toList();
    }

    /** Quits the browser, keeping the last page (HTML and PNG) under {@code target/browser-last/} to see what a failed test saw. */
    @Override
    public void close() {
        try {
            Path dir = Path.of("target", "browser-last");
            Files.createDirectories(dir);
            String name = System.currentTimeMillis() + "-" + driver.getCurrentUrl().replaceAll("[^A-Za-z0-9]+", "_");
            Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException notKept) {
            // only a diagnostic
        } finally {
            driver.quit();
        }
    }
}
