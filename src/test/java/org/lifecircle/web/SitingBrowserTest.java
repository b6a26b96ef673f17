package org.lifecircle.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lifecircle.web.session.SessionHolder;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * FEATURE UNDER TEST: a real site-selection run on the demo town in headless Chromium: the form
 * starts the job, the progress bar rises to 100 %, the proposed sites appear on the map at the
 * positions of the job's result with their ranks, the curve draws one dot per point, and accepting
 * a proposal creates the working scenario with that one edit. Screenshot in target/screenshots/.
 */
@DemoSessionTest
class SitingBrowserTest {

    private static ChromeDriver driver;

    @Autowired
    SessionHolder holder;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        Chromium.requireInstalled("SitingBrowserTest");
        driver = Chromium.start(1440, 900);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) driver.quit();
    }

    @Test
    void siteSelectionRunsWithProgressPutsSitesOnTheMapAndAcceptsIntoAScenario() throws Exception {
        DemoSession.await(holder);
        Chromium.signIn(driver, "http://127.0.0.1:" + port, TestAuth.ADMIN, TestAuth.ADMIN_PASSWORD);
        driver.get("http://127.0.0.1:" + port + "/");
        driver.executeScript("window.localStorage.clear()");
        driver.navigate().refresh();
        new WebDriverWait(driver, Duration.ofSeconds(180)).until(
                d -> "true".equals(((ChromeDriver) d).executeScript("return document.body.dataset.ready || null")));
        driver.findElement(By.cssSelector("[data-tab=siting]")).click();
        new Select(driver.findElement(By.id("siting-type"))).selectByValue("elder_care");
        new Select(driver.findElement(By.id("siting-model"))).selectByValue("mclp");
        driver.findElement(By.cssSelector("#siting-form input[name=p]")).clear();
        driver.findElement(By.cssSelector("#siting-form input[name=p]")).sendKeys("3");
        new Select(driver.findElement(By.cssSelector("#siting-form select[name=candidates]"))).selectByValue("gaps");
        driver.executeScript("window.seenProgress = [];"
                + "new MutationObserver(() => window.seenProgress.push(document.getElementById('siting-progress-pct').textContent))"
                + ".observe(document.getElementById('siting-progress-pct'), { childList: true, characterData: true, subtree: true });");
        driver.findElement(By.id("siting-run")).click();
        new WebDriverWait(driver, Duration.ofSeconds(180)).until(ExpectedConditions.attributeToBe(
                By.id("siting-progress"), "data-state", "SUCCEEDED"));

        List<?> seen = (List<?>) driver.executeScript("return window.seenProgress");
        List<Integer> percents = seen.stream().map(x -> Integer.parseInt(x.toString().replace("%", ""))).distinct().toList();
        assertTrue(percents.size() >= 3, "the bar moved through intermediate values: " + percents);
        for (int i = 1; i < percents.size(); i++) {
            if (percents.get(i) != 0) assertTrue(percents.get(i) > percents.get(i - 1), "rising: " + percents);
        }
        assertEquals(100, percents.get(percents.size() - 1));

        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) driver.executeScript("return window.lifecircle.siting.result");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sites = (List<Map<String, Object>>) result.get("sites");
        assertEquals(3, sites.size());
        assertEquals(3, driver.findElements(By.cssSelector(".leaflet-marker-pane .site-icon")).size());
        for (int i = 0; i < 3; i++) {
            Map<?, ?> pos = (Map<?, ?>) driver.executeScript("const m = window.lifecircle.siting.sitesLayer.getLayers()[arguments[0]];"
                    + "return { lon: m.getLatLng().lng, lat: m.getLatLng().lat, rank: m.getElement().textContent };", i);
            assertEquals(((Number) sites.get(i).get("lon")).doubleValue(), ((Number) pos.get("lon")).doubleValue(), 1e-9);
            assertEquals(((Number) sites.get(i).get("lat")).doubleValue(), ((Number) pos.get("lat")).doubleValue(), 1e-9);
            assertEquals(String.valueOf(i + 1), pos.get("rank"));
        }
        List<?> curve = (List<?>) result.get("curve");
        assertEquals(curve.size(), driver.findElements(By.cssSelector("#siting-curve circle.dot")).size());

        driver.findElement(By.cssSelector("#siting-sites .decide button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).withMessage(() -> "scenario list: " + text("scenario-list")
                + " / siting: " + text("siting-sites") + " / console: " + driver.manage().logs().get(LogType.BROWSER).getAll())
                .until(d -> text("scenario-list").contains("修改 1 处"));
        assertTrue(text("siting-sites").contains("已采纳"), text("siting-sites"));
        assertTrue(text("scenario-list").contains("选址方案"), text("scenario-list"));
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertTrue(errors.isEmpty(), "browser console errors: " + errors);
        Chromium.screenshot(driver, "siting-demo-zh");
        driver.findElement(By.cssSelector("[data-tab=scenarios]")).click();
        driver.executeScript("arguments[0].click()",
                driver.findElement(By.cssSelector("#scenario-list input.compare-pick:not([data-id=baseline])")));
        driver.findElement(By.id("scenario-compare-run")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector("#scenario-compare table.compare")).isEmpty());
        assertTrue(text("scenario-compare").contains("新增"), text("scenario-compare"));
        Chromium.screenshot(driver, "scenarios-demo-zh");
    }

    private static String text(String id) {
        return String.valueOf(driver.executeScript("return document.getElementById(arguments[0]).textContent", id));
    }
}
