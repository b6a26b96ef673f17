package org.lifecircle.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.geo.Crs;
import org.lifecircle.geo.MeridianArc;
import org.lifecircle.geo.SourceCrs;

/** FEATURE UNDER TEST: {@link PrjFile} — the Wuhan boundary's ESRI .prj, an EPSG WKT, and bad .prj files. */
class PrjFileTest {

    @TempDir
    Path dir;

    @Test
    void wuhanBoundaryPrjIsGeographicWgs84() {
        SourceCrs crs = PrjFile.besides(TestFiles.shared("wuhan-worldpop-60plus/wuhan-boundary.shp"));
        assertTrue(crs.isGeographic());
        double[] p = {114.3, 30.6};
        crs.toWgs84(p);
        assertEquals(114.3, p[0], 1e-9);
        assertEquals(30.6, p[1], 1e-9);
    }

    /** The WKT GeoTools writes for EPSG:4550 (CM 123°E), read back: a central-meridian point lands on 123°E. */
    @Test
    void projectedPrj() {
        Path prj = TestFiles.write(dir, "gk.prj", Crs.epsg(4550).toWKT());
        SourceCrs crs = PrjFile.read(prj);
        assertEquals("EPSG:4550", crs.name());
        double[] p = {500_000, MeridianArc.meters(31.2, MeridianArc.CGCS2000_A, MeridianArc.CGCS2000_F)};
        crs.toWgs84(p);
        assertEquals(123.0, p[0], 1e-9);
        assertEquals(31.2, p[1], 1e-8);
    }

    @Test
    void badPrjFiles() {
        assertNull(PrjFile.besides(dir.resolve("nothing.shp")));
        Path garbage = TestFiles.write(dir, "bad.prj", "this is not WKT");
        InputException e = assertThrows(InputException.class, () -> PrjFile.read(garbage));
        assertTrue(e.getMessage().startsWith(garbage + ": cannot parse the CRS WKT"), e.getMessage());
        Path empty = TestFiles.write(dir, "empty.prj", "");
        assertTrue(assertThrows(InputException.class, () -> PrjFile.read(empty)).getMessage().endsWith("is empty"));
    }
}
