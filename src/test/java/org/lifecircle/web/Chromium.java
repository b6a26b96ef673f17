package org.lifecircle.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opentest4j.TestAbortedException;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, with no driver download: missing
 * locally, browser tests are skipped with a message; under {@code CI=true} they fail (.ci/run
 * installs both packages).
 */
public final class Chromium {

    public static final Path BROWSER = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** Selenium warns on every start that it has no DevTools bindings for this Chromium; the tests use WebDriver only. */
    private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");
    private static final Logger CHROMIUM_LOG = Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver");

    private Chromium() {
    }

    /** Skips (locally) or fails (CI) when Chromium or its driver is not installed. */
    public static void requireInstalled(String test) {
        if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) return;
        String missing = BROWSER + " and " + DRIVER + " (apt-get install -y chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(test + " needs " + missing + ": CI=true but they are not installed");
        }
        String message = "SKIPPED " + test + ": no Chromium, install " + missing;
        System.err.println(message);
        throw new TestAbortedException(message);
    }

    public static ChromeDriver start(int width, int height) throws IOException {
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        DEVTOOLS_LOG.setLevel(Level.OFF);
        CHROMIUM_LOG.setLevel(Level.OFF);
        Path profile = Files.createTempDirectory("lifecircle-chromium-");
        profile.toFile().deleteOnExit();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--lang=zh-CN");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Saves a PNG of the page under target/screenshots/ (written whole, then moved into place). */
    public static Path screenshot(TakesScreenshot driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Path target = SCREENSHOTS.resolve(name + ".png");
        Path tmp = SCREENSHOTS.resolve(name + ".png.tmp");
        Files.copy(shot.toPath(), tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** Waits until the page sets {@code document.body.dataset.ready}. */
    public static void awaitReady(ChromeDriver driver, Duration timeout) {
        new WebDriverWait(driver, timeout).until(
                d -> "true".equals(((ChromeDriver) d).executeScript("return document.body.dataset.ready || null")));
    }

    /**
     * Signs in through the login page ({@code /login.html}) and waits until it has left for the
     * map page; the session cookie then stays with the driver.
     */
    public static void signIn(ChromeDriver driver, String baseUrl, String user, String password) {
        driver.get(baseUrl + "/login.html");
        awaitReady(driver, Duration.ofSeconds(60));
        driver.findElement(org.openqa.selenium.By.id("login-username")).sendKeys(user);
        driver.findElement(org.openqa.selenium.By.id("login-password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.id("login-submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.getCurrentUrl().contains("/login.html"));
    }

    /** Fails when the browser console has logged an error (level SEVERE) since the last read. */
    public static void assertNoConsoleErrors(ChromeDriver driver) {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        org.junit.jupiter.api.Assertions.assertTrue(errors.isEmpty(), "browser console errors: " + errors);
    }
}
