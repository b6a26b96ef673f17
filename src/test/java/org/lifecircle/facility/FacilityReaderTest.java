package org.lifecircle.facility;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.io.InputException;

/** FEATURE UNDER TEST: facility points read against the standards pack, into primitive arrays. */
class FacilityReaderTest {

    @TempDir
    Path dir;

    private final StandardsPack pack = StandardsPack.builtin();

    @Test
    void csvFacilitiesKeepIdsTypesAreasAndCapacities() throws IOException {
        Path csv = write("facilities.csv", """
                id,lon,lat,type,name,area_m2,capacity
                f1,114.30,30.59,fitness,江滩健身广场,1200,
                e1,114.31,30.60,Elder-Care,社区养老驿站,300,40
                f2,114.32,30.61,fitness,"Gym, north",,
                c1,114.33,30.62,childcare,托育点,150,25
                """);
        Facilities f = FacilityReader.read(csv, pack);
        assertEquals(4, f.size());
        assertEquals("e1", f.id(1));
        assertEquals("elder_care", f.type(1).key());
        assertEquals(pack.getType("elder_care").index(), f.typeIndex(1));
        assertEquals("Gym, north", f.name(2));
        assertEquals(114.32, f.lon(2), 1e-12);
        assertEquals(30.61, f.lat(2), 1e-12);
        int fitness = pack.getType("fitness").index();
        assertArrayEquals(new int[] {0, 2}, f.indicesOfType(fitness));
        assertEquals(1200.0, f.measureSum(Measure.AREA_M2, fitness));
        assertEquals(1, f.missingMeasure(Measure.AREA_M2, fitness));
        assertEquals(25.0, f.measureSum(Measure.CAPACITY, pack.getType("childcare").index()));
        assertTrue(Double.isNaN(f.capacity(0)));

        // 25 childcare places for 10,000 people = 2.5 per 1,000: short of Panjin's 4.5
        Indicator childcare = pack.indicatorsForType("childcare").get(0);
        double v = childcare.value(f.measureSum(childcare.measure(), pack.getType("childcare").index()), 10_000, pack.personsPerHousehold());
        assertEquals(2.5, v, 1e-12);
        assertTrue(!childcare.meets(v, childcare.targets().get(0)));
    }

    @Test
    void typesNotInThePackAreReportedWithRowAndKnownTypes() throws IOException {
        Path csv = write("facilities.csv", """
                id,lon,lat,type
                f1,114.30,30.59,fitness
                g1,114.31,30.60,gym
                g2,114.32,30.61,pool
                """);
        InputException e = assertThrows(InputException.class, () -> FacilityReader.read(csv, pack));
        assertEquals(csv.toString(), e.source());
        assertEquals("row 3", e.location());
        assertTrue(e.reason().startsWith("facility type 'gym' is not in the standards pack (known: fitness, elder_care,"), e.getMessage());
        assertTrue(e.reason().contains("1 more problem: row 4: facility type 'pool'"), e.getMessage());
    }

    @Test
    void aProjectTypeMakesTheRowValid() throws IOException {
        Path csv = write("facilities.csv", "id,lon,lat,type\ng1,114.31,30.60,gym\n");
        StandardsPack local = pack.withOverrides(Map.of("types", Map.of("gym", Map.of(
                "category", "fitness", "nameZh", "健身房", "nameEn", "Gym", "demand", "total", "minutes", 10))), "project.yaml");
        Facilities f = FacilityReader.read(csv, local);
        assertEquals("gym", f.type(0).key());
    }

    @Test
    void missingTypeColumnAndBadNumbersAreInputErrors() throws IOException {
        Path noType = write("points.csv", "id,lon,lat\na,114.3,30.5\n");
        InputException e = assertThrows(InputException.class, () -> FacilityReader.read(noType, pack));
        assertTrue(e.reason().contains("missing column type"), e.getMessage());

        Path badArea = write("bad.csv", "id,lon,lat,type,area_m2\na,114.3,30.5,fitness,-5\nb,114.3,30.6,fitness,big\n");
        e = assertThrows(InputException.class, () -> FacilityReader.read(badArea, pack));
        assertEquals(badArea + ", row 2: area_m2 -5 is not a number ≥ 0 (1 more problem: row 3: area_m2 'big' is not a number)", e.getMessage());
    }

    @Test
    void geoJsonPointsReadLikeCsv() throws IOException {
        Path geojson = write("facilities.geojson", """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","geometry":{"type":"Point","coordinates":[114.30,30.59]},
                  "properties":{"id":"k1","type":"kindergarten","name":"幼儿园","capacity":180}},
                 {"type":"Feature","geometry":{"type":"Point","coordinates":[114.31,30.60]},
                  "properties":{"type":"clinic","area_m2":"850.5"}}]}
                """);
        Facilities f = FacilityReader.read(geojson, pack);
        assertEquals(2, f.size());
        assertEquals("k1", f.id(0));
        assertEquals("2", f.id(1), "no id property: the feature number");
        assertEquals(180.0, f.capacity(0));
        assertEquals(850.5, f.areaM2(1));
        assertEquals("kindergarten", f.type(0).key());

        Path bad = write("bad.geojson", """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","geometry":{"type":"Point","coordinates":[114.30,30.59]},"properties":{"type":"library"}}]}
                """);
        InputException e = assertThrows(InputException.class, () -> FacilityReader.read(bad, pack));
        assertEquals("feature 1", e.location());
        assertEquals(bad.toString(), e.source());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
