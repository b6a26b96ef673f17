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
import org.lifecircle.coverage.FacilitySites;
import org.lifecircle.coverage.PointReach;
import org.lifecircle.coverage.TypeResult;
import org.lifecircle.web.session.ProjectSession;
import org.lifecircle.web.session.SessionHolder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * FEATURE UNDER TEST: the Leaflet page in headless Chromium on the demo project as {@code serve}
 * opens it: the coverage table shows the engine's shares, layers render, a click runs the point
 * check with the engine's walking times, the thematic view draws gaps and unit colours, a
 * facility click draws isochrone rings, and the language toggle switches; screenshots go to
 * target/screenshots/ (demo-*.png).
 */
@DemoAppTest
class DemoBrowserTest {

    private static ChromeDriver driver;
    private static boolean signedIn;

    @Autowired
    SessionHolder holder;

    @LocalServerPort
    int port;

    private ProjectSession session;

    @BeforeAll
    static void startBrowser() throws Exception {
        Chromium.requireInstalled("DemoBrowserTest");
        driver = Chromium.start(1440, 900);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) driver.quit();
    }

    @BeforeEach
    void openInChinese() throws InterruptedException {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (holder.state() == SessionHolder.State.LOADING && System.nanoTime() < deadline) Thread.sleep(200);
        session = holder.session().orElseThrow(() -> new AssertionError(holder.status()));
        if (!signedIn) Chromium.signIn(driver, url(""), TestAuth.ADMIN, TestAuth.ADMIN_PASSWORD);
        signedIn = true;
        driver.get(url("/"));
        driver.executeScript("window.localStorage.clear()");
        driver.navigate().refresh();
        awaitReady();
    }

    @Test
    void coverageTableShowsTheEngineSharesAndLayersRender() throws Exception {
        assertEquals("示范县城 Demo Town", driver.findElement(By.id("project-name")).getText());
        String coverage = driver.findElement(By.id("coverage-types")).getText();
        for (TypeResult r : session.baseline().types()) {
            String percent = String.format(java.util.Locale.ROOT, "%.1f%%", r.overall().share() * 100);
            assertTrue(coverage.contains(percent), r.type().key() + " " + percent + " in " + coverage);
        }
        assertTrue(coverage.contains("按路网步行时间计算"), coverage);
        long icons = driver.findElements(By.cssSelector(".leaflet-marker-pane .facility-icon")).size();
        assertEquals(session.study().facilities().size(), icons, "one icon per facility");
        long drawnCells = ((Number) driver.executeScript(
                "return window.lifecircle.layers.entries.find(x => x.info.role === 'population').layer.getLayers().length")).longValue();
        assertTrue(drawnCells > 1000, "population cells drawn: " + drawnCells);
        assertTrue(driver.findElement(By.id("coverage-villages")).getText().contains("全覆盖村比例"));
        assertTrue(driver.findElement(By.id("coverage-standards")).getText().contains("依据"));
        assertEquals(3, driver.findElements(By.cssSelector("#coverage-exports a")).size());
        assertNoConsoleErrors();
        Path shot = Chromium.screenshot(driver, "demo-coverage-zh");
        assertTrue(Files.size(shot) > 20_000);
    }

    @Test
    void clickingTheMapShowsTheEngineWalkingTimes() throws Exception {
        FacilitySites clinics = session.sites("clinic");
        double lon = clinics.lon(0) + 0.0015;
        double lat = clinics.lat(0) + 0.0010;
        driver.executeScript("window.lifecircle.map.setView([arguments[0], arguments[1]], 15)", lat, lon);
        WebElement map = driver.findElement(By.id("map"));
        Map<?, ?> p = (Map<?, ?>) driver.executeScript(
                "const m = window.lifecircle.map; const pt = m.latLngToContainerPoint([arguments[0], arguments[1]]);"
                        + "const s = m.getSize(); return { x: pt.x - s.x / 2, y: pt.y - s.y / 2 };", lat, lon);
        new Actions(driver).moveToElement(map, ((Number) p.get("x")).intValue(), ((Number) p.get("y")).intValue()).click().perform();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#check-result .check-type")));
        String panel = driver.findElement(By.id("panel-check")).getText();
        Map<?, ?> clicked = (Map<?, ?>) driver.executeScript("return window.lifecircle.check.last");
        double clickedLon = ((Number) clicked.get("lon")).doubleValue();
        double clickedLat = ((Number) clicked.get("lat")).doubleValue();
        PointReach reach = session.evaluator().evaluator().reach(clickedLon, clickedLat, session.study().types(),
                session.baselineSites(), new double[] {5, 10, 15});
        PointReach.TypeReach clinicReach = reach.types().stream().filter(t -> t.typeKey().equals("clinic")).findFirst().orElseThrow();
        assertTrue(!clinicReach.reached().isEmpty(), "a clinic is within reach of a point beside it");
        PointReach.Reached nearest = clinicReach.reached().get(0);
        String minutes = String.format(java.util.Locale.ROOT, "%.1f 分钟", nearest.seconds() / 60);
        assertTrue(panel.contains(nearest.name()) && panel.contains(minutes), nearest.name() + " " + minutes + " in " + panel);
        assertNoConsoleErrors();
        Chromium.screenshot(driver, "demo-point-check-zh");
    }

    @Test
    void thematicViewDrawsGapsAndAFacilityClickDrawsIsochrones() throws Exception {
        driver.executeScript("return window.lifecircle.analysis.setType('elder_care')");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        int gaps = Math.min(10, session.baseline().type("elder_care").gaps().gaps().size());
        wait.until(d -> ((Number) ((ChromeDriver) d).executeScript(
                "return window.lifecircle.analysis.gaps.getLayers().length")).intValue() == gaps);
        String legend = driver.findElement(By.id("legend")).getText();
        assertTrue(legend.contains("未覆盖人口"), legend);
        Object firstFacility = driver.executeScript(
                "const e = window.lifecircle.layers.entries.find(x => x.info.role === 'facilities');"
                        + "const m = e.typeGroups.get('elder_care').getLayers()[0]; m.fire('click'); return m.feature.id;");
        wait.until(d -> ((Number) ((ChromeDriver) d).executeScript(
                "return window.lifecircle.analysis.rings.getLayers().length")).intValue() >= 3);
        Map<?, ?> iso = (Map<?, ?>) driver.executeScript("return window.lifecircle.isochrones");
        assertEquals(firstFacility, ((String) iso.get("from")));
        assertEquals(3, ((List<?>) iso.get("features")).size());
        assertNoConsoleErrors();
        Chromium.screenshot(driver, "demo-elder-care-gaps-zh");
    }

    @Test
    void languageToggleSwitchesTheAnalysisPanels() throws Exception {
        driver.findElement(By.id("lang-toggle")).click();
        String panel = driver.findElement(By.id("panel-coverage")).getText();
        assertTrue(panel.contains("Walking times over the road network"), panel);
        assertTrue(panel.contains("Standards and sources") && panel.contains("Export results"), panel);
        assertTrue(!panel.contains("标准与依据") && !panel.contains("覆盖率"), "no Chinese UI label left");
        Chromium.screenshot(driver, "demo-coverage-en");
        driver.findElement(By.id("lang-toggle")).click();
        assertNoConsoleErrors();
    }

    private void awaitReady() {
        Chromium.awaitReady(driver, Duration.ofSeconds(60));
    }

    private void assertNoConsoleErrors() {
        Chromium.assertNoConsoleErrors(driver);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
