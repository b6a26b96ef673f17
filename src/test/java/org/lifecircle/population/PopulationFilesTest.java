package org.lifecircle.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.io.InputException;

/** FEATURE UNDER TEST: point CSV and polygon GeoJSON demand, admin units from GeoJSON. */
class PopulationFilesTest {

    @TempDir
    Path dir;

    @Test
    void pointCsvKeepsIdsAndSkipsEmptyPoints() throws IOException {
        Path csv = write("pop.csv", """
                id,lon,lat,population,elderly
                A-1,114.30,30.59,1200,300
                A-2,114.31,30.60,0,0
                A-3,114.32,30.61,850.5,100
                """);
        DemandCells cells = PopulationReader.readPoints(csv);
        assertEquals(2, cells.size());
        assertEquals(List.of("A-1", "A-3"), List.of(cells.id(0), cells.id(1)));
        assertEquals(2050.5, cells.total(DemandLayer.TOTAL), 0.0);
        assertEquals(400.0, cells.total(DemandLayer.ELDERLY), 0.0);
        assertEquals(114.32, cells.lon(1), 1e-12);
        assertFalse(cells.hasGrid());
        assertEquals(-1, cells.row(0));
        assertEquals("Point", cells.cellGeometry(0).getGeometryType());
        assertThrows(IllegalStateException.class, () -> cells.cellPolygon(0));

        Path noElderly = write("pop2.csv", "id,lon,lat,population\nx,114.3,30.5,10\n");
        assertFalse(PopulationReader.readPoints(noElderly).has(DemandLayer.ELDERLY));
    }

    @Test
    void pointCsvErrorsNameTheRow() throws IOException {
        Path missing = write("pop.csv", "id,lon,lat,people\nx,114.3,30.5,10\n");
        InputException e = assertThrows(InputException.class, () -> PopulationReader.readPoints(missing));
        assertEquals(missing.toString(), e.source());
        assertTrue(e.reason().contains("population"), e.getMessage());

        Path tooOld = write("old.csv", "id,lon,lat,population,elderly\nx,114.3,30.5,10,11\n");
        e = assertThrows(InputException.class, () -> PopulationReader.readPoints(tooOld));
        assertEquals("row 2", e.location());
    }

    @Test
    void polygonGeoJsonIsSpreadByArea() throws IOException {
        // one tract covering cells of ~111 m around the equator: its people spread, totals kept
        Path geojson = write("tracts.geojson", """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"pop":1000,"old":"150"},"geometry":{"type":"Polygon",
                  "coordinates":[[[0.0,0.0],[0.003,0.0],[0.003,0.002],[0.0,0.002],[0.0,0.0]]]}},
                 {"type":"Feature","properties":{"pop":500,"old":50},"geometry":{"type":"Polygon",
                  "coordinates":[[[0.001,0.0],[0.002,0.0],[0.002,0.001],[0.001,0.001],[0.001,0.0]]]}}]}
                """);
        DemandCells cells = PopulationReader.readPolygons(geojson, null, "pop", "old", 111.19);
        assertEquals(1500.0, cells.total(DemandLayer.TOTAL), 1e-9);
        assertEquals(200.0, cells.total(DemandLayer.ELDERLY), 1e-9);
        assertTrue(cells.hasGrid());
        assertTrue(cells.size() >= 6 && cells.size() <= 12, "about 3 × 2 cells of ~0.001°: " + cells.size());
        assertEquals(111.19, cells.grid().cellHeightMeters(), 1e-9);

        Path bad = write("bad.geojson", """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"pop":"many"},"geometry":{"type":"Polygon",
                  "coordinates":[[[0.0,0.0],[0.003,0.0],[0.003,0.002],[0.0,0.0]]]}}]}
                """);
        InputException e = assertThrows(InputException.class, () -> PopulationReader.readPolygons(bad, null, "pop", null, 100));
        assertEquals(bad + ", feature 1: field 'pop': 'many' is not a number", e.getMessage());
    }

    @Test
    void adminUnitsFromGeoJsonRollUpDemand() throws IOException {
        Path units = write("communities.geojson", """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"code":110,"name":"东社区","share":0.25},"geometry":{"type":"Polygon",
                  "coordinates":[[[114.305,30.58],[114.4,30.58],[114.4,30.7],[114.305,30.7],[114.305,30.58]]]}},
                 {"type":"Feature","properties":{"code":120,"name":"西社区","share":"0.1"},"geometry":{"type":"Polygon",
                  "coordinates":[[[114.2,30.58],[114.305,30.58],[114.305,30.7],[114.2,30.7],[114.2,30.58]]]}}]}
                """);
        AdminUnits communities = AdminUnits.read(units, null, "code", "name");
        assertEquals(List.of("110", "120"), List.of(communities.id(0), communities.id(1)));
        assertEquals("西社区", communities.name(1));
        Path csv = write("pop.csv", """
                id,lon,lat,population,elderly
                a,114.30,30.59,1200,300
                b,114.31,30.60,800,100
                c,114.32,30.61,500,50
                d,115.00,30.61,70,7
                """);
        UnitAssignment roll = UnitAssignment.of(communities, PopulationReader.readPoints(csv));
        assertEquals("EPSG:4326", PopulationReader.readPoints(csv).sourceCrs());
        assertEquals(1300.0, roll.population()[0], 0.0);
        assertEquals(1200.0, roll.population()[1], 0.0);
        assertEquals(150.0, roll.elderly()[0], 0.0);
        assertEquals(1, roll.outsideCells());
        assertEquals(70.0, roll.outsidePopulation(), 0.0);
        assertEquals(List.of(1, 0, 0, -1), List.of(roll.unitOfCell()[0], roll.unitOfCell()[1], roll.unitOfCell()[2], roll.unitOfCell()[3]));

        // elderly from a share per unit: 1300 × 0.25 + 1200 × 0.1 + 70 × 0.2 (outside)
        DemandCells shared = PopulationReader.readPoints(csv).withElderlyShareByUnit(roll.unitOfCell(),
                communities.fieldValues("share"), 0.2);
        assertEquals(1300 * 0.25 + 1200 * 0.1 + 70 * 0.2, shared.total(DemandLayer.ELDERLY), 1e-9);
        InputException missing = assertThrows(InputException.class, () -> communities.fieldValues("pop"));
        assertEquals("feature 1", missing.location());

        Path dup = write("dup.geojson", Files.readString(units).replace("120", "110"));
        InputException e = assertThrows(InputException.class, () -> AdminUnits.read(dup, null, "code", "name"));
        assertEquals("feature 2", e.location());
    }

    @Test
    void projectPopulationFilesAreDispatchedByExtension() throws IOException {
        Path csv = write("pop.csv", "id,lon,lat,population\na,114.3,30.5,10\n");
        assertEquals("a", PopulationReader.read(csv, null).id(0));
        Path geojson = write("tracts.geojson", """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"population":900,"elderly":90},"geometry":{"type":"Polygon",
                  "coordinates":[[[114.3,30.5],[114.303,30.5],[114.303,30.502],[114.3,30.502],[114.3,30.5]]]}}]}
                """);
        DemandCells tracts = PopulationReader.read(geojson, null);
        assertEquals(900.0, tracts.total(DemandLayer.TOTAL), 1e-9);
        assertEquals(90.0, tracts.total(DemandLayer.ELDERLY), 1e-9);
        assertEquals(100.0, tracts.grid().cellHeightMeters(), 1e-9);
        Path asc = write("pop.asc", "ncols 1\nnrows 1\nxllcorner 114\nyllcorner 30\ncellsize 0.01\n7\n");
        assertEquals(7.0, PopulationReader.read(asc, "EPSG:4326").total(DemandLayer.TOTAL), 0.0);
        assertEquals(114.005, PopulationReader.read(asc, "EPSG:4326").lon(0), 1e-9);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
