package org.lifecircle.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.GeometryType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.geo.Crs;
import org.lifecircle.geo.MeridianArc;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

/**
 * FEATURE UNDER TEST: {@link VectorReader} on GeoPackages written by {@link GpkgFixture} (plain
 * JDBC, independent of the reader's NGA library): srs by EPSG code or by WKT, reprojection
 * checked against meridian-arc references, properties, layer choice, and every fault.
 */
class GeoPackageReaderTest {

    private static final GeometryFactory GF = new GeometryFactory();

    @TempDir
    Path dir;

    private static double gkNorthing(double lat) {
        return MeridianArc.meters(lat, MeridianArc.CGCS2000_A, MeridianArc.CGCS2000_F);
    }

    private static Point point(double x, double y) {
        return GF.createPoint(new Coordinate(x, y));
    }

    private static LineString line(double... xy) {
        Coordinate[] c = new Coordinate[xy.length / 2];
        for (int i = 0; i < c.length; i++) c[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        return GF.createLineString(c);
    }

    /** Lines along the central meridian of EPSG:4547 (114°E): easting 500 km, northing = meridian arc. */
    @Test
    void projectedLayerIsReprojectedToWgs84() throws Exception {
        Path file = dir.resolve("roads.gpkg");
        try (GpkgFixture g = GpkgFixture.create(file)) {
            g.srs(4547, "CGCS2000 / 3-degree Gauss-Kruger CM 114E", "EPSG", 4547, Crs.epsg(4547).toWKT())
                    .layer("roads", "LINESTRING", 4547, "name TEXT", "lanes INTEGER", "width_m REAL")
                    .insert("roads", line(500_000, gkNorthing(22.50), 500_000, gkNorthing(22.51)), 4547, "深南大道", 8, 30.5)
                    .insert("roads", line(500_000, gkNorthing(22.52), 500_000, gkNorthing(22.53)), 4547, null, 2, 7.0);
        }

        VectorLayer roads = VectorReader.readLines(file, null);

        assertEquals(2, roads.size());
        Coordinate[] c = roads.features().get(0).geometry().getCoordinates();
        assertEquals(114.0, c[0].x, 1e-9);
        assertEquals(22.50, c[0].y, 1e-8);
        assertEquals(22.51, c[1].y, 1e-8);
        assertEquals(22.53, roads.features().get(1).geometry().getCoordinates()[1].y, 1e-8);
        var p = roads.features().get(0).properties();
        assertEquals(List.of("fid", "name", "lanes", "width_m"), List.copyOf(p.keySet()));
        assertEquals("深南大道", p.get("name"));
        assertEquals(8L, ((Number) p.get("lanes")).longValue());
        assertEquals(30.5, ((Number) p.get("width_m")).doubleValue(), 0);
        assertEquals(null, roads.features().get(1).properties().get("name"));
        assertEquals(2, roads.features().get(1).number());
    }

    /** A GeoPackage written by NGA's own writer (geometry blobs with an envelope) in EPSG:4326. */
    @Test
    void geoPackageWrittenByTheNgaLibrary() throws Exception {
        File file = dir.resolve("nga.gpkg").toFile();
        GeoPackageManager.create(file);
        try (GeoPackage gpkg = GeoPackageManager.open(file)) {
            var columns = new GeometryColumns();
            columns.setTableName("clinics");
            columns.setColumnName("geom");
            columns.setGeometryType(GeometryType.POINT);
            columns.setZ((byte) 0);
            columns.setM((byte) 0);
            columns.setSrsId(4326L);
            gpkg.createFeatureTable(FeatureTableMetadata.create(columns, List.of(
                    FeatureColumn.createColumn("name", GeoPackageDataType.TEXT),
                    FeatureColumn.createColumn("beds", GeoPackageDataType.INTEGER))));
            var dao = gpkg.getFeatureDao("clinics");
            double[][] points = {{114.3051, 30.5928}, {114.2734, 30.5800}};
            for (int i = 0; i < points.length; i++) {
                var row = dao.newRow();
                row.setGeometry(GeoPackageGeometryData.createAndBuildEnvelope(4326,
                        new mil.nga.sf.Point(points[i][0], points[i][1])));
                row.setValue("name", "clinic " + (i + 1));
                row.setValue("beds", 10 * (i + 1));
                dao.create(row);
            }
        }

        VectorLayer clinics = VectorReader.readPoints(file.toPath(), null);

        assertEquals(2, clinics.size());
        assertEquals(new Coordinate(114.2734, 30.5800), clinics.features().get(1).geometry().getCoordinate());
        assertEquals("clinic 2", clinics.features().get(1).properties().get("name"));
        assertEquals(20L, ((Number) clinics.features().get(1).properties().get("beds")).longValue());
    }

    /** An srs known only by its WKT (organisation NONE): Transverse Mercator CM 117°E on the CGCS2000 ellipsoid. */
    @Test
    void srsDefinedByWktOnly() throws Exception {
        String wkt = "PROJCS[\"local GK 117\",GEOGCS[\"CGCS2000\",DATUM[\"China_2000\",SPHEROID[\"CGCS2000\",6378137,298.257222101]],"
                + "PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
                + "PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",117],PARAMETER[\"scale_factor\",1],"
                + "PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1]]";
        Path file = dir.resolve("wkt.gpkg");
        try (GpkgFixture g = GpkgFixture.create(file)) {
            g.srs(100001, "local GK 117", "NONE", 100001, wkt)
                    .layer("pts", "POINT", 100001, "name TEXT")
                    .insert("pts", point(500_000, gkNorthing(39.9)), 100001, "Beijing-ish");
        }

        Coordinate c = VectorReader.readPoints(file, null).features().get(0).geometry().getCoordinate();

        assertEquals(117.0, c.x, 1e-9);
        assertEquals(39.9, c.y, 1e-8);
    }

    @Test
    void wgs84LayerAndUndefinedGeographicSrs() throws Exception {
        Path file = dir.resolve("two.gpkg");
        try (GpkgFixture g = GpkgFixture.create(file)) {
            g.layer("sites", "POINT", 4326, "kind TEXT")
                    .insert("sites", point(9.52, 47.14), 4326, "school")
                    .layer("undef", "POINT", 0)
                    .insert("undef", point(1.52, 42.51), 0);
        }

        VectorLayer sites = VectorReader.read(file, null, "SITES");
        VectorLayer undef = VectorReader.read(file, null, "undef");

        assertEquals(new Coordinate(9.52, 47.14), sites.features().get(0).geometry().getCoordinate());
        assertEquals("school", sites.features().get(0).properties().get("kind"));
        assertEquals(new Coordinate(1.52, 42.51), undef.features().get(0).geometry().getCoordinate());
        InputException e = assertThrows(InputException.class, () -> VectorReader.read(file));
        assertTrue(e.getMessage().contains("has 2 feature layers (sites, undef); name the one to read"), e.getMessage());
        InputException missing = assertThrows(InputException.class, () -> VectorReader.read(file, null, "roads"));
        assertTrue(missing.getMessage().contains("has no feature layer 'roads' (layers: sites, undef)"), missing.getMessage());
    }

    @Test
    void undefinedCartesianSrsNeedsADeclaredCrs() throws Exception {
        Path file = dir.resolve("cad.gpkg");
        try (GpkgFixture g = GpkgFixture.create(file)) {
            g.layer("pts", "POINT", -1).insert("pts", point(500_000, gkNorthing(30.6)), -1);
        }

        InputException e = assertThrows(InputException.class, () -> VectorReader.read(file));
        assertTrue(e.getMessage().contains("undefined Cartesian CRS (srs_id -1); declare the CRS"), e.getMessage());
        Coordinate c = VectorReader.read(file, "EPSG:4547").features().get(0).geometry().getCoordinate();
        assertEquals(114.0, c.x, 1e-9);
        assertEquals(30.6, c.y, 1e-8);
    }

    @Test
    void nullAndEmptyGeometriesNameTheFeature() throws Exception {
        Path nulls = dir.resolve("nulls.gpkg");
        try (GpkgFixture g = GpkgFixture.create(nulls)) {
            g.layer("pts", "POINT", 4326).insert("pts", point(1, 42), 4326).insert("pts", null, 4326);
        }
        Path empties = dir.resolve("empties.gpkg");
        try (GpkgFixture g = GpkgFixture.create(empties)) {
            g.layer("lines", "LINESTRING", 4326).insert("lines", GF.createLineString(), 4326);
        }

        InputException n = assertThrows(InputException.class, () -> VectorReader.read(nulls));
        assertEquals("feature 2", n.location());
        assertTrue(n.getMessage().endsWith("feature 2: has a null geometry"), n.getMessage());
        InputException e = assertThrows(InputException.class, () -> VectorReader.read(empties));
        assertEquals("feature 1", e.location());
        assertTrue(e.getMessage().contains("has an empty geometry"), e.getMessage());
    }

    @Test
    void garbageGeometryBlob() throws Exception {
        Path file = dir.resolve("garbage.gpkg");
        try (GpkgFixture g = GpkgFixture.create(file)) {
            g.layer("pts", "POINT", 4326).insertBlob("pts", new byte[] {'G', 'P', 0, 1, 0, 0, 0, 0, 1, 99, 0});
        }
        InputException e = assertThrows(InputException.class, () -> VectorReader.read(file));
        assertEquals("feature 1", e.location());
        assertTrue(e.getMessage().contains("has an unreadable geometry"), e.getMessage());
    }

    @Test
    void unknownSrsCode() throws Exception {
        Path file = dir.resolve("unknown.gpkg");
        try (GpkgFixture g = GpkgFixture.create(file)) {
            g.srs(99999, "mystery", "EPSG", 99999, "undefined")
                    .layer("pts", "POINT", 99999).insert("pts", point(1, 2), 99999);
        }
        InputException e = assertThrows(InputException.class, () -> VectorReader.read(file));
        assertTrue(e.getMessage().contains("layer 'pts' srs 99999 (mystery): unknown CRS EPSG:99999"), e.getMessage());
    }

    @Test
    void swappedCoordinatesInAWgs84Layer() throws Exception {
        Path file = dir.resolve("swapped.gpkg");
        try (GpkgFixture g = GpkgFixture.create(file)) {
            g.layer("pts", "POINT", 4326).insert("pts", point(22.54, 114.05), 4326).insert("pts", point(22.55, 114.06), 4326);
        }
        InputException e = assertThrows(InputException.class, () -> VectorReader.read(file));
        assertEquals("feature 1", e.location());
        assertTrue(e.getMessage().contains("longitude and latitude look swapped"), e.getMessage());
    }

    @Test
    void noFeatureLayersOrNoRows() throws Exception {
        Path none = dir.resolve("none.gpkg");
        GpkgFixture.create(none).close();
        Path noRows = dir.resolve("norows.gpkg");
        try (GpkgFixture g = GpkgFixture.create(noRows)) {
            g.layer("pts", "POINT", 4326);
        }
        assertTrue(assertThrows(InputException.class, () -> VectorReader.read(none)).getMessage().endsWith("has no feature layers"));
        assertTrue(assertThrows(InputException.class, () -> VectorReader.read(noRows)).getMessage().endsWith("layer 'pts' has no features"));
    }

    @Test
    void gpkgThatIsNotSqlite() {
        Path text = TestFiles.write(dir, "text.gpkg", "{\"type\":\"FeatureCollection\",\"features\":[]}");
        Path zip = TestFiles.write(dir, "zip.gpkg", new byte[] {'P', 'K', 3, 4, 0, 0});
        assertTrue(assertThrows(InputException.class, () -> VectorReader.read(text)).getMessage()
                .endsWith("text.gpkg: is not a GeoPackage (not an SQLite database; it looks like text)"));
        assertTrue(assertThrows(InputException.class, () -> VectorReader.read(zip)).getMessage()
                .contains("is not a GeoPackage (not an SQLite database; it is a ZIP archive"));
    }

    @Test
    void sqliteThatIsNotAGeoPackage() throws Exception {
        Path file = dir.resolve("plain.gpkg");
        GpkgFixture.plainSqlite(file);
        InputException e = assertThrows(InputException.class, () -> VectorReader.read(file));
        assertTrue(e.getMessage().contains("plain.gpkg: is an SQLite database but not a GeoPackage"), e.getMessage());
        assertTrue(Files.exists(file));
    }

    @Test
    void outOfRangeAndNonFiniteCoordinatesNameTheirFeatures() throws Exception {
        Path file = dir.resolve("range.gpkg");
        try (GpkgFixture g = GpkgFixture.create(file)) {
            g.layer("lines", "LINESTRING", 4326)
                    .insert("lines", line(9.5, 47.1, 9.6, 47.2), 4326)
                    .insert("lines", line(9.5, 47.1, 200, 47.2), 4326)
                    .insert("lines", line(9.5, Double.NaN, 9.6, 47.2), 4326);
        }
        InputException e = assertThrows(InputException.class, () -> VectorReader.read(file));
        assertEquals("feature 3", e.location(), "non-finite values are checked first");
        assertTrue(e.getMessage().contains("feature 3: coordinate (9.5, NaN) is not a finite number"), e.getMessage());

        Path file2 = dir.resolve("range2.gpkg");
        try (GpkgFixture g = GpkgFixture.create(file2)) {
            g.layer("lines", "LINESTRING", 4326)
                    .insert("lines", line(9.5, 47.1, 9.6, 47.2), 4326)
                    .insert("lines", line(9.5, 47.1, 200, 47.2), 4326);
        }
        InputException e2 = assertThrows(InputException.class, () -> VectorReader.read(file2));
        assertEquals("feature 2", e2.location());
        assertTrue(e2.getMessage().contains("longitude 200 is outside -180..180"), e2.getMessage());
    }

    @Test
    void pointLayerIsNotALineLayer() throws Exception {
        Path file = dir.resolve("pts.gpkg");
        try (GpkgFixture g = GpkgFixture.create(file)) {
            g.layer("pts", "POINT", 4326).insert("pts", point(9.5, 47.1), 4326);
        }
        InputException e = assertThrows(InputException.class, () -> VectorReader.readLines(file, null));
        assertTrue(e.getMessage().endsWith("feature 1: is a Point, expected a LineString or MultiLineString"), e.getMessage());
    }

    @Test
    void emptyGpkgFile() {
        Path file = TestFiles.write(dir, "empty.gpkg", new byte[0]);
        assertTrue(assertThrows(InputException.class, () -> VectorReader.read(file)).getMessage().endsWith("empty.gpkg: is empty"));
    }

    @Test
    void layerNameForGeoJsonIsAnError() {
        Path file = TestFiles.write(dir, "a.geojson", "{\"type\":\"Point\",\"coordinates\":[1,2]}");
        InputException e = assertThrows(InputException.class, () -> VectorReader.read(file, null, "x"));
        assertTrue(e.getMessage().contains("applies to GeoPackages only"), e.getMessage());
        Geometry g = VectorReader.read(file).features().get(0).geometry();
        assertInstanceOf(Point.class, g);
    }
}
