package org.lifecircle.web.security.threats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lifecircle.web.Chromium;
import org.lifecircle.web.TestAuth;
import org.lifecircle.web.WebAppTest;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * THREAT: injected script or styles, framing (issue #18 item 6). The page and the login page load
 * in headless Chromium under the Content-Security-Policy the server sends (no inline script, no
 * inline styles): the browser logs no CSP violation, the map draws its facility markers (their
 * colour set through CSSOM, which the policy allows) and the panels' share bars get their width.
 */
@WebAppTest
class ContentSecurityPolicyBrowserTest {

    private static ChromeDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        Chromium.requireInstalled("ContentSecurityPolicyBrowserTest");
        driver = Chromium.start(1280, 800);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) driver.quit();
    }

    @Test
    void theLoginPageAndTheMapRunUnderThePolicyWithoutViolations() {
        String base = "http://127.0.0.1:" + port;
        driver.get(base + "/login.html");
        Chromium.awaitReady(driver, Duration.ofSeconds(60));
        assertNoViolations("login page");

        Chromium.signIn(driver, base, TestAuth.ADMIN, TestAuth.ADMIN_PASSWORD);
        Chromium.awaitReady(driver, Duration.ofSeconds(120));
        new WebDriverWait(driver, Duration.ofSeconds(120))
                .until(d -> !d.findElements(By.cssSelector(".facility-icon span")).isEmpty());
        Object background = driver.executeScript("return document.querySelector('.facility-icon span').style.backgroundColor");
        assertFalse(String.valueOf(background).isBlank(), "the facility glyph has its colour: " + background);
        // the panels' share bar (web/dom.js), built in the page under its policy
        Object width = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "import('/dom.js').then(m => { const bar = m.shareBar(0.25, '25%', '#3182bd');"
                + " document.body.append(bar); done(bar.querySelector('.share-fill').style.width); });");
        assertEquals("25%", String.valueOf(width), "the share bar has its width");
        assertNoViolations("map page");
        Object policy = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/').then(r => done(r.headers.get('Content-Security-Policy')));");
        assertTrue(String.valueOf(policy).contains("script-src 'self';"), "the page was served under the policy: " + policy);
    }

    private static void assertNoViolations(String page) {
        List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
        List<LogEntry> violations = entries.stream()
                .filter(e -> e.getMessage().contains("Content Security Policy") || e.getMessage().contains("Refused to")).toList();
        assertEquals(List.of(), violations, page + ": CSP violations in the browser log");
    }
}
