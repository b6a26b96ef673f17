package org.lifecircle.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lifecircle.io.TestFiles;

/**
 * FEATURE UNDER TEST: {@link Crs} and {@link SourceCrs} — every spelling of a CRS users and files
 * give, longitude-first axis order whatever the source says, WKT from a real {@code .prj}.
 */
class CrsTest {

    @Test
    void epsgSpellingsDecodeToTheSameLongitudeFirstSystem() {
        for (String s : new String[] {"EPSG:4490", "epsg:4490", "4490", "EPSG::4490", "urn:ogc:def:crs:EPSG::4490",
                "urn:ogc:def:crs:EPSG:9.8.1:4490", "http://www.opengis.net/def/crs/EPSG/0/4490"}) {
            var crs = Crs.decode(s);
            assertEquals(4490, Crs.epsgCode(crs), s);
            assertFalse(Crs.isNorthFirst(crs), s + " must be longitude first");
            assertTrue(Crs.isGeographic(crs));
        }
        assertSame(Crs.decode("EPSG:4547"), Crs.decode("4547"), "cached");
    }

    @Test
    void crs84AndWgs84MeanEpsg4326() {
        for (String s : new String[] {"CRS84", "CRS:84", "urn:ogc:def:crs:OGC:1.3:CRS84", "WGS84", "wgs 84",
                "http://www.opengis.net/def/crs/OGC/1.3/CRS84", "EPSG:4326"}) {
            assertEquals(4326, Crs.epsgCode(Crs.decode(s)), s);
            assertTrue(SourceCrs.parse(s).isWgs84(), s);
        }
    }

    @Test
    void unknownCodesAndGarbageAreCrsExceptions() {
        assertTrue(assertThrows(CrsException.class, () -> Crs.decode("EPSG:99999")).getMessage()
                .contains("unknown CRS EPSG:99999"));
        assertTrue(assertThrows(CrsException.class, () -> Crs.decode("Xian 80")).getMessage()
                .contains("unknown CRS 'Xian 80'"));
        assertTrue(assertThrows(CrsException.class, () -> Crs.decode("GEOGCS[\"x\",DATUM[")).getMessage()
                .contains("cannot parse the CRS WKT"));
        assertThrows(CrsException.class, () -> SourceCrs.parse(" "));
    }

    /** The Wuhan boundary's ESRI .prj (no EPSG authority) is WGS84: a point maps onto itself. */
    @Test
    void esriPrjWkt() throws Exception {
        String wkt = Files.readString(TestFiles.shared("wuhan-worldpop-60plus/wuhan-boundary.prj"));
        SourceCrs crs = SourceCrs.of(Crs.wkt(wkt));
        assertTrue(crs.isGeographic());
        double[] p = {114.3, 30.6};
        crs.toWgs84(p);
        assertEquals(114.3, p[0], 1e-9);
        assertEquals(30.6, p[1], 1e-9);
    }

    /** An EPSG-style WKT declares latitude first; data stay longitude first, so the authority code decides. */
    @Test
    void latitudeFirstWktWithAuthorityIsReadLongitudeFirst() {
        String wkt = "GEOGCS[\"China Geodetic Coordinate System 2000\",DATUM[\"China_2000\","
                + "SPHEROID[\"CGCS2000\",6378137,298.257222101,AUTHORITY[\"EPSG\",\"1024\"]],AUTHORITY[\"EPSG\",\"1043\"]],"
                + "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433],AXIS[\"Lat\",NORTH],AXIS[\"Long\",EAST],"
                + "AUTHORITY[\"EPSG\",\"4490\"]]";
        var crs = Crs.wkt(wkt);
        assertFalse(Crs.isNorthFirst(crs));
        assertEquals(4490, Crs.epsgCode(crs));
    }

    /** Without an authority code the latitude-first WKT is kept and SourceCrs swaps the axes of the data. */
    @Test
    void latitudeFirstWktWithoutAuthoritySwapsAxes() {
        String wkt = "GEOGCS[\"WGS 84 lat-first\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],"
                + "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433],AXIS[\"Lat\",NORTH],AXIS[\"Long\",EAST]]";
        SourceCrs crs = SourceCrs.parse(wkt);
        double[] p = {114.3, 30.6};
        crs.toWgs84(p);
        assertEquals(114.3, p[0], 1e-9);
        assertEquals(30.6, p[1], 1e-9);
    }

    @Test
    void chineseWebMapNames() {
        for (String s : new String[] {"GCJ-02", "gcj02", "GCJ_02", "gcj"}) assertEquals("GCJ-02", SourceCrs.parse(s).name());
        for (String s : new String[] {"BD-09", "bd09", "BD09LL", "baidu"}) assertEquals("BD-09", SourceCrs.parse(s).name());
        assertEquals("EPSG:4490", SourceCrs.parse("CGCS2000").name());
        assertTrue(SourceCrs.parse("GCJ-02").isGeographic());
        assertFalse(SourceCrs.parse("GCJ-02").isWgs84());
        assertFalse(SourceCrs.parse("EPSG:4547").isGeographic());
    }

    /** CGCS2000 and WGS84 agree to centimetres; EPSG has no shift, the lenient transform is the identity within 1e-8°. */
    @Test
    void cgcs2000IsWgs84WithinCentimetres() {
        double[] p = {114.05, 22.54};
        SourceCrs.parse("EPSG:4490").toWgs84(p);
        assertEquals(114.05, p[0], 1e-8);
        assertEquals(22.54, p[1], 1e-8);
    }
}
