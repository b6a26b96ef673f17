package org.lifecircle.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.geo.MeridianArc;

/**
 * FEATURE UNDER TEST: {@link PointCsvReader} — the spopt San Francisco files (counts and sums
 * recomputed with Python's csv module), CSV quoting, header matching, weights, and projected /
 * GCJ-02 input checked against independent references.
 */
class PointCsvReaderTest {

    @TempDir
    Path dir;

    /** Python csv.DictReader on the same file: 205 rows, 205 distinct ID, POP2000 sums to 955,113. */
    @Test
    void sanFranciscoDemandWithPopulationWeights() {
        List<PointRecord> tracts = PointCsvReader.read(
                TestFiles.shared("spopt-sf/SF_demand_205_centroid_uniform_weight.csv"), null, "POP2000");

        assertEquals(205, tracts.size());
        assertEquals(955_113.0, tracts.stream().mapToDouble(PointRecord::weight).sum(), 1e-6);
        assertEquals(205, tracts.stream().map(PointRecord::id).distinct().count());
        PointRecord first = tracts.get(0);
        assertEquals(2, first.row());
        assertEquals("06081602900", first.id());
        assertEquals(-122.488653101, first.lon(), 0);
        assertEquals(37.650807231, first.lat(), 0);
        assertEquals(4135, first.weight(), 0);
        assertEquals("060816029.00", first.attributes().get("name"));
        assertEquals("California", first.attributes().get("state_name"));
        PointRecord last = tracts.get(204);
        assertEquals(206, last.row());
        assertEquals("06075012400", last.id());
        assertEquals(-122.416454969, last.lon(), 0);
        assertEquals(37.78228936, last.lat(), 0);
    }

    @Test
    void sanFranciscoStoresIdentifiedByName() {
        List<PointRecord> stores = PointCsvReader.read(TestFiles.shared("spopt-sf/SF_store_site_16_longlat.csv"), null, "NAME", null);

        assertEquals(16, stores.size());
        assertEquals("Store_1", stores.get(0).id());
        assertEquals("Store_19", stores.get(15).id());
        assertEquals(-122.398909091, stores.get(15).lon(), 0);
        assertEquals(1.0, stores.get(15).weight(), 0);
    }

    @Test
    void quotedFieldsBomCrlfAndCaseInsensitiveHeader() {
        String csv = "\uFEFFID,Name,LON,Lat,Weight,Note\r\n"
                + "a1,\"Futian, Shenzhen\",114.05,22.54,3,\"say \"\"hi\"\"\"\r\n"
                + "a2,\"two\nlines\",114.06,22.55,2.5,\r\n"
                + "\r\n"
                + "a3,plain,114.07,22.56,0,x\r\n";
        Path file = TestFiles.write(dir, "pois.csv", csv);

        List<PointRecord> points = PointCsvReader.read(file);

        assertEquals(3, points.size());
        PointRecord a1 = points.get(0);
        assertEquals("a1", a1.id());
        assertEquals(114.05, a1.lon(), 0);
        assertEquals(22.54, a1.lat(), 0);
        assertEquals(3.0, a1.weight(), 0);
        assertEquals(Map.of("name", "Futian, Shenzhen", "note", "say \"hi\""), a1.attributes());
        assertEquals(List.of("name", "note"), List.copyOf(a1.attributes().keySet()));
        assertEquals("two\nlines", points.get(1).attributes().get("name"));
        assertEquals(2.5, points.get(1).weight(), 0);
        assertEquals(3, points.get(1).row());
        assertEquals(6, points.get(2).row(), "row = line the record starts on, after a two-line record and a blank line");
    }

    @Test
    void lngAndLatitudeAliases() {
        Path file = TestFiles.write(dir, "alias.csv", "id,latitude,lng\n1,22.5,114.1\n");
        PointRecord p = PointCsvReader.read(file).get(0);
        assertEquals(114.1, p.lon(), 0);
        assertEquals(22.5, p.lat(), 0);
    }

    /** Points on the central meridian of EPSG:4547 (114°E, k0 = 1): northing = CGCS2000 meridian arc. */
    @Test
    void projectedXyAreConvertedToWgs84() {
        double y1 = MeridianArc.meters(22.5, MeridianArc.CGCS2000_A, MeridianArc.CGCS2000_F);
        double y2 = MeridianArc.meters(22.6, MeridianArc.CGCS2000_A, MeridianArc.CGCS2000_F);
        Path file = TestFiles.write(dir, "gk.csv", "id,x,y,lon\nA,500000," + y1 + ",ignored\nB,500000," + y2 + ",\n");

        List<PointRecord> points = PointCsvReader.read(file, "EPSG:4547");

        assertEquals(114.0, points.get(0).lon(), 1e-9);
        assertEquals(22.5, points.get(0).lat(), 1e-8);
        assertEquals(22.6, points.get(1).lat(), 1e-8);
        assertEquals("ignored", points.get(0).attributes().get("lon"), "with a projected CRS x/y win; lon is an attribute");
    }

    /** UTM 50N (EPSG:32650) central meridian 117°E, k0 = 0.9996 on the WGS84 ellipsoid. */
    @Test
    void utmEastingNorthing() {
        double y = 0.9996 * MeridianArc.meters(40.0, MeridianArc.WGS84_A, MeridianArc.WGS84_F);
        Path file = TestFiles.write(dir, "utm.csv", "id,x,y\nA,500000," + y + "\n");

        PointRecord p = PointCsvReader.read(file, "32650").get(0);

        assertEquals(117.0, p.lon(), 1e-9);
        assertEquals(40.0, p.lat(), 1e-8);
    }

    /** The same central-meridian point with the zone prefix 38 under EPSG:4526 (zone 38 = CM 114°E, false easting 38,500 km). */
    @Test
    void zonePrefixedGaussKruger() {
        double y = MeridianArc.meters(22.5, MeridianArc.CGCS2000_A, MeridianArc.CGCS2000_F);
        Path file = TestFiles.write(dir, "gk38.csv", "id,x,y\nA,38500000," + y + "\n");
        PointRecord p = PointCsvReader.read(file, "EPSG:4526").get(0);
        assertEquals(114.0, p.lon(), 1e-9);
        assertEquals(22.5, p.lat(), 1e-8);
    }

    @Test
    void xyWithoutCrsAreLongitudeLatitude() {
        Path file = TestFiles.write(dir, "xy.csv", "id,x,y\nA,1.5,42.5\n");
        PointRecord p = PointCsvReader.read(file).get(0);
        assertEquals(1.5, p.lon(), 0);
        assertEquals(42.5, p.lat(), 0);
    }

    /** Pairs from googollee/eviltransform python/test.py (Shanghai, Beijing): GCJ-02 in, WGS84 out. */
    @Test
    void gcj02Points() {
        Path file = TestFiles.write(dir, "amap.csv", "id,lon,lat\nsh,121.531541859215,31.17530398364597\n"
                + "bj,116.38404722455657,39.91334545536069\n");

        List<PointRecord> points = PointCsvReader.read(file, "gcj-02");

        assertEquals(121.5272106, points.get(0).lon(), 1e-8);
        assertEquals(31.1774276, points.get(0).lat(), 1e-8);
        assertEquals(116.377817, points.get(1).lon(), 1e-8);
        assertEquals(39.911954, points.get(1).lat(), 1e-8);
    }

    @Test
    void nonAsciiIdsAndAttributes() {
        Path file = TestFiles.write(dir, "cn.csv", "id,lon,lat,类型\n福田养老院,114.05,22.54,养老\n".getBytes(StandardCharsets.UTF_8));
        PointRecord p = PointCsvReader.read(file).get(0);
        assertEquals("福田养老院", p.id());
        assertEquals("养老", p.attributes().get("类型"));
    }

    @Test
    void explicitWeightColumnMustExist() {
        Path file = TestFiles.write(dir, "w.csv", "id,lon,lat,weight\n1,114,22,5\n");
        InputException e = assertThrows(InputException.class, () -> PointCsvReader.read(file, null, "population"));
        assertEquals("row 1", e.location());
        assertTrue(e.getMessage().contains("missing column population (found: id, lon, lat, weight)"), e.getMessage());
    }
}
