package org.lifecircle.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.web.job.JobService;
import org.lifecircle.web.job.JobSnapshot;
import org.lifecircle.web.project.LayerRole;
import org.lifecircle.web.project.MapLayer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * FEATURE UNDER TEST: the Leaflet page in real headless Chromium against the app on a random
 * port with the Futian fixture: it loads without console errors, draws every layer, the point
 * check answers a click, the language toggle switches and remembers, the curve chart draws its
 * points, a site-selection job's progress and sites reach the map; screenshots go to
 * target/screenshots/.
 */
@WebAppTest
class BrowserTest {

    private static ChromeDriver driver;

    @Autowired
    JobService jobs;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        Chromium.requireInstalled("BrowserTest");
        driver = Chromium.start(1440, 900);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) driver.quit();
    }

    @BeforeEach
    void openInChinese() {
        driver.get(url("/"));
        driver.executeScript("window.localStorage.clear()");
        driver.navigate().refresh();
        awaitReady();
    }

    @Test
    void pageLoadsWithoutConsoleErrorsAndDrawsEveryLayer() throws Exception {
        FutianProject project = FutianProject.load();
        assertEquals(project.name(), driver.findElement(By.id("project-name")).getText());

        long facilities = project.findLayer(LayerRole.FACILITIES).orElseThrow().features().size();
        assertEquals(facilities, driver.findElements(By.cssSelector(".leaflet-marker-pane .facility-icon")).size(),
                "one icon per facility");
        for (String name : List.of("population", "districts", "roads")) {
            Map<?, ?> counts = (Map<?, ?>) driver.executeScript(
                    "const e = window.lifecircle.layers.entries.find(x => x.info.name === arguments[0]);"
                            + "return { drawn: e.layer.getLayers().length, returned: e.featureCount };", name);
            long drawn = ((Number) counts.get("drawn")).longValue();
            assertTrue(drawn > 0, name + " draws features");
            assertEquals(((Number) counts.get("returned")).longValue(), drawn, name + ": every returned feature drawn");
        }
        MapLayer roads = project.findLayer("roads").orElseThrow();
        assertTrue(roads.features().size() >= ((Number) driver.executeScript(
                "return window.lifecircle.layers.entries.find(x => x.info.name === 'roads').layer.getLayers().length")).intValue());

        long paintedPixels = ((Number) driver.executeScript(
                "let n = 0; for (const c of document.querySelectorAll('.leaflet-overlay-pane canvas')) {"
                        + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + " for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; } return n;")).longValue();
        assertTrue(paintedPixels > 100_000, "vector layers painted on the canvas: " + paintedPixels + " pixels");

        WebElement legend = driver.findElement(By.id("legend"));
        assertTrue(legend.getText().contains("人口（人/格）"), legend.getText());
        assertTrue(legend.getText().contains("健身设施"), legend.getText());
        assertEquals(7, legend.findElements(By.cssSelector("[data-section=population] .legend-row")).size(),
                "seven population classes");
        String control = driver.findElement(By.cssSelector(".leaflet-control-layers")).getText();
        assertTrue(control.contains("浅色网格（离线）") && control.contains("人口网格") && control.contains("道路"), control);

        String coverage = driver.findElement(By.id("panel-coverage")).getText();
        assertTrue(coverage.contains("覆盖分析尚未运行"), coverage);
        assertTrue(!coverage.matches("(?s).*\\d+(\\.\\d+)?%.*覆盖率.*"), "no computed shares shown");
        assertNoConsoleErrors();
        Path shot = Chromium.screenshot(driver, "map-zh");
        assertTrue(Files.size(shot) > 20_000, "screenshot " + shot + " has content");
    }

    @Test
    void clickingTheMapShowsThePointCheck() throws Exception {
        WebElement map = driver.findElement(By.id("map"));
        Map<?, ?> p = (Map<?, ?>) driver.executeScript(
                "const m = window.lifecircle.map; const pt = m.latLngToContainerPoint([22.5405, 114.0555]);"
                        + "const s = m.getSize(); return { x: pt.x - s.x / 2, y: pt.y - s.y / 2 };");
        new Actions(driver).moveToElement(map, ((Number) p.get("x")).intValue(), ((Number) p.get("y")).intValue()).click().perform();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        WebElement unit = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check-unit")));
        assertEquals("福田", unit.getText());
        String panel = driver.findElement(By.id("panel-check")).getText();
        assertTrue(panel.contains("覆盖分析尚未运行"), panel);
        assertTrue(driver.findElement(By.cssSelector("[data-tab=check]")).getDomAttribute("class").contains("active"));
        assertNoConsoleErrors();
        Chromium.screenshot(driver, "point-check-zh");
    }

    @Test
    void languageToggleSwitchesEveryLabelAndIsRemembered() throws Exception {
        assertEquals("覆盖", tab("coverage"));
        assertEquals("zh-CN", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        driver.findElement(By.id("lang-toggle")).click();
        assertEquals("Coverage", tab("coverage"));
        assertEquals("Point check", tab("check"));
        assertEquals("en", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertTrue(driver.findElement(By.id("panel-coverage")).getText().contains("Coverage not computed yet"));
        assertTrue(driver.findElement(By.id("legend")).getText().contains("Population (people / cell)"));
        assertTrue(driver.findElement(By.cssSelector(".leaflet-control-layers")).getText().contains("Light grid (offline)"));
        String body = driver.findElement(By.tagName("body")).getText();
        assertTrue(!body.contains("覆盖分析") && !body.contains("图例"), "no Chinese UI string left after the switch");

        driver.navigate().refresh();
        awaitReady();
        assertEquals("Coverage", tab("coverage"), "the choice survives a reload");
        Chromium.screenshot(driver, "map-en");
        driver.findElement(By.id("lang-toggle")).click();
        assertEquals("覆盖", tab("coverage"));
        assertNoConsoleErrors();
    }

    @Test
    void coverageCurveDrawsEachPointAtItsShare() {
        @SuppressWarnings("unchecked")
        Map<String, Object> drawn = (Map<String, Object>) driver.executeScript(
                "const div = document.createElement('div'); document.body.appendChild(div);"
                        + "const pts = [{sites:0,share:0.62},{sites:1,share:0.7},{sites:2,share:0.76},{sites:3,share:0.8},{sites:4,share:0.83}];"
                        + "const svg = window.lifecircle.renderCurve(div, pts, {target: 0.9});"
                        + "const ys = [...svg.querySelectorAll('circle.dot')].map(c => Number(c.getAttribute('cy')));"
                        + "const xs = [...svg.querySelectorAll('circle.dot')].map(c => Number(c.getAttribute('cx')));"
                        + "const target = Number(svg.querySelector('line.target').getAttribute('y1'));"
                        + "const zero = Number(svg.querySelectorAll('line.grid')[0].getAttribute('y1'));"
                        + "const full = Number(svg.querySelectorAll('line.grid')[4].getAttribute('y1'));"
                        + "div.remove(); return { ys, xs, target, zero, full };");
        List<?> ys = (List<?>) drawn.get("ys");
        List<?> xs = (List<?>) drawn.get("xs");
        double zero = ((Number) drawn.get("zero")).doubleValue();
        double full = ((Number) drawn.get("full")).doubleValue();
        double[] shares = {0.62, 0.7, 0.76, 0.8, 0.83};
        assertEquals(shares.length, ys.size());
        for (int i = 0; i < shares.length; i++) {
            double expectedY = zero + (full - zero) * shares[i];
            assertEquals(expectedY, ((Number) ys.get(i)).doubleValue(), 1e-6, "point " + i);
        }
        double step = ((Number) xs.get(1)).doubleValue() - ((Number) xs.get(0)).doubleValue();
        for (int i = 1; i < xs.size(); i++) {
            assertEquals(step, ((Number) xs.get(i)).doubleValue() - ((Number) xs.get(i - 1)).doubleValue(), 1e-6);
        }
        assertEquals(zero + (full - zero) * 0.9, ((Number) drawn.get("target")).doubleValue(), 1e-6);
    }

    /**
     * The job plumbing of the siting panel: a job that reports 20 steps and returns a result of
     * the documented shape (docs/api.md "Site-selection result"; its numbers are test input, not
     * an analysis) is shown with a rising progress bar, then its sites on the map and its curve.
     */
    @Test
    void siteSelectionJobShowsProgressThenPutsItsSitesOnTheMap() throws Exception {
        driver.findElement(By.cssSelector("[data-tab=siting]")).click();
        driver.executeScript("window.seenProgress = [];"
                + "new MutationObserver(() => window.seenProgress.push(document.getElementById('siting-progress-pct').textContent))"
                + ".observe(document.getElementById('siting-progress-pct'), { childList: true, characterData: true, subtree: true });");
        List<Map<String, Object>> sites = List.of(
                Map.of("id", "c1", "lon", 114.045, "lat", 22.545, "rank", 1, "marginalGain", 2100.0, "marginalShare", 0.05),
                Map.of("id", "c2", "lon", 114.065, "lat", 22.535, "rank", 2, "marginalGain", 1400.0, "marginalShare", 0.03),
                Map.of("id", "c3", "lon", 114.035, "lat", 22.525, "rank", 3, "marginalGain", 600.0, "marginalShare", 0.01));
        List<Map<String, Object>> curve = List.of(Map.of("sites", 0, "share", 0.60), Map.of("sites", 1, "share", 0.65),
                Map.of("sites", 2, "share", 0.68), Map.of("sites", 3, "share", 0.69));
        Map<String, Object> result = Map.of("type", "elder_care", "model", "mclp", "p", 3, "share", 0.69,
                "sites", sites, "curve", curve);
        CountDownLatch following = new CountDownLatch(1);
        JobSnapshot job = jobs.submit("siting", ctx -> {
            following.await(20, TimeUnit.SECONDS);
            for (int i = 1; i <= 20; i++) {
                ctx.progress(i / 20.0, "step " + i);
                Thread.sleep(60);
            }
            return result;
        });
        driver.executeScript("window.lifecircle.siting.follow(arguments[0])", job.id());
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> ((ChromeDriver) d).executeScript(
                "return window.seenProgress.length > 0 || null") != null);
        following.countDown();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.attributeToBe(
                By.id("siting-progress"), "data-state", "SUCCEEDED"));

        List<?> seen = (List<?>) driver.executeScript("return window.seenProgress");
        List<Integer> percents = seen.stream().map(x -> Integer.parseInt(x.toString().replace("%", ""))).distinct().toList();
        assertTrue(percents.size() >= 5, "the bar moved through intermediate values: " + percents);
        for (int i = 1; i < percents.size(); i++) assertTrue(percents.get(i) > percents.get(i - 1), "rising: " + percents);
        assertEquals(100, percents.get(percents.size() - 1));

        List<WebElement> markers = driver.findElements(By.cssSelector(".leaflet-marker-pane .site-icon"));
        assertEquals(3, markers.size());
        for (int i = 0; i < 3; i++) {
            Map<?, ?> pos = (Map<?, ?>) driver.executeScript("const m = window.lifecircle.siting.sitesLayer.getLayers()[arguments[0]];"
                    + "return { lon: m.getLatLng().lng, lat: m.getLatLng().lat, rank: m.getElement().textContent };", i);
            assertEquals(((Number) sites.get(i).get("lon")).doubleValue(), ((Number) pos.get("lon")).doubleValue(), 1e-9);
            assertEquals(((Number) sites.get(i).get("lat")).doubleValue(), ((Number) pos.get("lat")).doubleValue(), 1e-9);
            assertEquals(String.valueOf(i + 1), pos.get("rank"));
        }
        assertEquals(4, driver.findElements(By.cssSelector("#siting-curve circle.dot")).size());
        String table = driver.findElement(By.id("siting-sites")).getText();
        assertTrue(table.contains("+2,100 人") && table.contains("+600 人"), table);
        driver.findElement(By.cssSelector("#siting-sites .decide button")).click();
        assertTrue(driver.findElement(By.id("siting-sites")).getText().contains("已采纳"));
        assertNoConsoleErrors();
        Chromium.screenshot(driver, "siting-zh");
    }

    private String tab(String name) {
        return driver.findElement(By.cssSelector("[data-tab=" + name + "]")).getText();
    }

    private void awaitReady() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(
                d -> "true".equals(((ChromeDriver) d).executeScript("return document.body.dataset.ready || null")));
    }

    private void assertNoConsoleErrors() {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertTrue(errors.isEmpty(), "browser console errors: " + errors);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
