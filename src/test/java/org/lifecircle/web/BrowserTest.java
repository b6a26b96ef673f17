package org.lifecircle.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifecircle.web.project.LayerRole;
import org.lifecircle.web.project.MapLayer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * FEATURE UNDER TEST: the Leaflet page in real headless Chromium against the app on a random
 * port with the Futian fixture: it loads without console errors, draws every layer, the point
 * check answers a click, the language toggle switches and remembers, the curve chart draws its
 * points; screenshots go to target/screenshots/. A real site-selection run on the demo town is
 * {@code SitingBrowserTest}.
 */
@WebAppTest
class BrowserTest {

    private static ChromeDriver driver;
    private static boolean signedIn;

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
        if (!signedIn) Chromium.signIn(driver, url(""), TestAuth.ADMIN, TestAuth.ADMIN_PASSWORD);
        signedIn = true;
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

    private String tab(String name) {
        return driver.findElement(By.cssSelector("[data-tab=" + name + "]")).getText();
    }

    private void awaitReady() {
        Chromium.awaitReady(driver, Duration.ofSeconds(30));
    }

    private void assertNoConsoleErrors() {
        Chromium.assertNoConsoleErrors(driver);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
