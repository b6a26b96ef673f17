package org.lifecircle.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lifecircle.facility.Demand;
import org.lifecircle.io.InputException;

/**
 * FEATURE UNDER TEST: the project file contract of DESIGN.md and docs/project-file.md. The example
 * of DESIGN.md loads as written; each kind of mistake is an InputException naming the project file
 * (source), the key path (location) and the line.
 */
class ProjectLoaderTest {

    /** The example of DESIGN.md "Command line", verbatim. */
    private static final String DESIGN_EXAMPLE = """
            name: 示范县城 Demo Town
            network: roads.osm.pbf            # OSM (.osm.pbf/.osm/.osm.gz) or a line layer (.geojson/.gpkg)
            population: population.tif        # raster (GeoTIFF/ASCII grid), or points CSV id,lon,lat,population
            facilities: facilities.csv        # CSV id,lon,lat,type[,name,area_m2,capacity] or GeoJSON/GeoPackage
            types:                            # facility types to evaluate; keys match the facilities' type
              fitness:    { minutes: 15 }
              elder_care: { minutes: 15, speedKmh: 3.6, demand: elderly }
            villages: villages.geojson        # optional
            units: communities.geojson        # optional admin units
            standards: builtin                # optional; the built-in pack, with local overrides
            speedKmh: 4.5                     # optional default walking speed
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void placeholderFiles() throws IOException {
        for (String f : List.of("roads.osm.pbf", "roads.geojson", "population.tif", "facilities.csv",
                "villages.geojson", "communities.geojson", "elderly_60_m.tif", "elderly_60_f.tif",
                "roads.shp", "local-standards.yaml")) {
            Files.writeString(dir.resolve(f), "");
        }
        Files.createDirectories(dir.resolve("folder.geojson"));
    }

    private Path write(String yaml) throws IOException {
        Path p = dir.resolve("project.yaml");
        Files.writeString(p, yaml, StandardCharsets.UTF_8);
        return p;
    }

    private InputException fails(String yaml) throws IOException {
        Path p = write(yaml);
        InputException e = assertThrows(InputException.class, () -> ProjectLoader.load(p));
        assertEquals(p.toString(), e.source(), "source is the project file");
        return e;
    }

    @Test
    void designExampleLoads() throws IOException {
        Project p = ProjectLoader.load(write(DESIGN_EXAMPLE));

        assertEquals("示范县城 Demo Town", p.name());
        assertEquals(dir.resolve("roads.osm.pbf").toAbsolutePath(), p.network().orElseThrow().path());
        assertEquals(Optional.empty(), p.network().orElseThrow().crs());
        assertEquals(dir.resolve("population.tif").toAbsolutePath(), p.population().path());
        assertEquals(dir.resolve("facilities.csv").toAbsolutePath(), p.facilities().path());
        assertEquals(List.of("fitness", "elder_care"), List.copyOf(p.types().keySet()), "file order kept");

        TypeSettings fitness = p.getType("fitness");
        assertEquals(15.0, fitness.minutes().getAsDouble());
        assertTrue(fitness.speedKmh().isEmpty());
        assertTrue(fitness.demand().isEmpty());

        TypeSettings elder = p.getType("elder_care");
        assertEquals(15.0, elder.minutes().getAsDouble());
        assertEquals(3.6, elder.speedKmh().getAsDouble());
        assertEquals(Demand.ELDERLY, elder.demand().orElseThrow());

        assertEquals(dir.resolve("villages.geojson").toAbsolutePath(), p.villages().orElseThrow().dataset().path());
        assertEquals(dir.resolve("communities.geojson").toAbsolutePath(), p.units().orElseThrow().dataset().path());
        assertTrue(p.standards().isEmpty(), "builtin = no override file");
        assertEquals(4.5, p.speedKmh().getAsDouble());
        assertFalse(p.elderly().isGiven());
        assertEquals(dir.toAbsolutePath(), p.folder());
    }

    @Test
    void extendedFormsLoad() throws IOException {
        Project p = ProjectLoader.load(write("""
                network: { path: roads.geojson, crs: GCJ-02 }
                population: { path: population.tif, crs: "EPSG:4490" }
                elderly: [elderly_60_m.tif, { path: elderly_60_f.tif }]
                facilities: facilities.csv
                types:
                  kindergarten: { minutes: 5, radiusMeters: 300, target: 85%, targetYear: 2025, label: 幼儿园 }
                  clinic: { minutes: 15, demand: TOTAL, target: 0.9 }
                  community_service:
                villages: { path: villages.geojson, idField: code, nameField: 村名, radiusMeters: 1000,
                            requiredTypes: [clinic, community_service] }
                units: { path: communities.geojson, idField: id, nameField: name, level: community }
                standards: local-standards.yaml
                """));

        assertEquals("project", p.name(), "defaults to the file name");
        assertEquals(Optional.of("GCJ-02"), p.network().orElseThrow().crs());
        assertEquals(Optional.of("EPSG:4490"), p.population().crs());
        assertEquals(List.of(dir.resolve("elderly_60_m.tif").toAbsolutePath(),
                        dir.resolve("elderly_60_f.tif").toAbsolutePath()),
                p.elderly().rasters().stream().map(Dataset::path).toList());
        assertEquals("elderly[2]", p.elderly().rasters().get(1).key());

        TypeSettings k = p.getType("kindergarten");
        assertEquals(5.0, k.minutes().getAsDouble());
        assertEquals(300.0, k.radiusMeters().getAsDouble());
        assertEquals(0.85, k.target().getAsDouble(), 1e-12);
        assertEquals(2025, k.targetYear().getAsInt());
        assertEquals(Optional.of("幼儿园"), k.label());
        assertEquals(Demand.TOTAL, p.getType("clinic").demand().orElseThrow());
        assertEquals(TypeSettings.defaults("community_service"), p.getType("community_service"));

        VillageLayer v = p.villages().orElseThrow();
        assertEquals(Optional.of("code"), v.idField());
        assertEquals(Optional.of("村名"), v.nameField());
        assertEquals(1000.0, v.radiusMeters().getAsDouble());
        assertEquals(List.of("clinic", "community_service"), v.requiredTypes());

        UnitLayer u = p.units().orElseThrow();
        assertEquals(Optional.of(UnitLevel.COMMUNITY), u.level());
        assertEquals(Optional.of(dir.resolve("local-standards.yaml").toAbsolutePath()), p.standards());
        assertTrue(p.speedKmh().isEmpty());
        assertTrue(p.network().isPresent());
    }

    @Test
    void typesAsListAndElderlyShare() throws IOException {
        Project p = ProjectLoader.load(write("""
                population: population.tif
                facilities: facilities.csv
                elderlyShare: 0.18
                types: [fitness, clinic]
                """));
        assertTrue(p.network().isEmpty(), "no network: straight-line fallback");
        assertEquals(0.18, p.elderly().share().getAsDouble());
        assertEquals(List.of("fitness", "clinic"), List.copyOf(p.types().keySet()));
    }

    @Test
    void unknownTopLevelKeySuggestsNearest() throws IOException {
        InputException e = fails(DESIGN_EXAMPLE.replace("speedKmh: 4.5", "speed_kmh: 4.5"));
        assertEquals("speed_kmh", e.location());
        assertTrue(e.getMessage().contains("unknown key \"speed_kmh\"; did you mean \"speedKmh\"?"), e.getMessage());
        assertTrue(e.getMessage().contains("(line 11)"), e.getMessage());
    }

    @Test
    void unknownTypeKeySuggestsNearest() throws IOException {
        InputException e = fails(DESIGN_EXAMPLE.replace("fitness:    { minutes: 15 }", "fitness:    { minuts: 15 }"));
        assertEquals("types.fitness.minuts", e.location());
        assertTrue(e.getMessage().contains("did you mean \"minutes\"?"), e.getMessage());
        assertTrue(e.getMessage().startsWith(dir.resolve("project.yaml") + ", types.fitness.minuts: "), e.getMessage());
    }

    @Test
    void unknownKeyWithoutNearMatchListsKnownKeys() throws IOException {
        InputException e = fails(DESIGN_EXAMPLE + "colour: red\n");
        assertEquals("colour", e.location());
        assertFalse(e.getMessage().contains("did you mean"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown key \"colour\". Known keys here: name, network, population"),
                e.getMessage());
    }

    @Test
    void missingFileNamesKeyAndResolvedPath() throws IOException {
        InputException e = fails(DESIGN_EXAMPLE.replace("facilities: facilities.csv", "facilities: data/pois.csv"));
        assertEquals("facilities", e.location());
        assertTrue(e.getMessage().contains("file not found: " + dir.toAbsolutePath().resolve("data/pois.csv")),
                e.getMessage());
        assertTrue(e.getMessage().contains("(line 4)"), e.getMessage());
    }

    @Test
    void missingFileInsideAMapAndAList() throws IOException {
        InputException e = fails(DESIGN_EXAMPLE + "elderly: [elderly_60_m.tif, elderly_65_m.tif]\n");
        assertEquals("elderly[2]", e.location());
        assertTrue(e.getMessage().contains("elderly_65_m.tif"), e.getMessage());

        e = fails(DESIGN_EXAMPLE.replace("units: communities.geojson", "units: { path: streets.geojson, level: street }"));
        assertEquals("units.path", e.location());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "minutes: abc        | types.elder_care.minutes  | expected a time threshold in minutes (a number), got \"abc\"",
        "minutes: -5         | types.elder_care.minutes  | a time threshold in minutes must be > 0, got \"-5\"",
        "minutes: 0          | types.elder_care.minutes  | must be > 0",
        "minutes: .inf       | types.elder_care.minutes  | (a number), got \".inf\"",
        "minutes: [15]       | types.elder_care.minutes  | found a list",
        "speedKmh: 0         | types.elder_care.speedKmh | a travel speed in km/h must be > 0, got \"0\"",
        "speedKmh: 900       | types.elder_care.speedKmh | must be ≤ 200",
        "radiusMeters: -300  | types.elder_care.radiusMeters | must be > 0",
        "demand: kids        | types.elder_care.demand   | unknown demand \"kids\"; expected \"total\" or \"elderly\"",
        "target: 85          | types.elder_care.target   | looks like a percentage: write 0.85",
        "target: 0           | types.elder_care.target   | must be > 0",
        "targetYear: 2025.5  | types.elder_care.targetYear | must be a whole number",
        "label: [a, b]       | types.elder_care.label    | expected a text value",
    })
    void badTypeValueNamesTheKey(String setting, String location, String reason) throws IOException {
        InputException e = fails(DESIGN_EXAMPLE.replace(
                "elder_care: { minutes: 15, speedKmh: 3.6, demand: elderly }", "elder_care: { " + setting + " }"));
        assertEquals(location, e.location());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertTrue(e.getMessage().contains("(line 7)"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "speedKmh: 0                         | speedKmh     | must be > 0",
        "speedKmh: fast                      | speedKmh     | expected a walking speed in km/h (a number)",
        "network: roads.shp                  | network      | \"roads.shp\" is not a road network; expected a file ending in .osm.pbf",
        "network: folder.geojson             | network      | expected a file, found a folder",
        "network: { path: roads.geojson, crs: WGS 1984 } | network.crs | unknown CRS \"WGS 1984\"",
        "network: { pth: roads.geojson }     | network.pth  | did you mean \"path\"?",
        "network: { crs: EPSG:4490 }         | network      | missing \"path\"",
        "units: { path: communities.geojson, level: county } | units.level | expected community, street or township",
        "villages: { path: villages.geojson, requiredTypes: [fitnes] } | villages.requiredTypes[1] | did you mean \"fitness\"?",
        "elderlyShare: 18                    | elderlyShare | must be ≤ 1",
        "standards: missing.yaml             | standards    | file not found",
    })
    void badTopLevelValueNamesTheKey(String setting, String location, String reason) throws IOException {
        String key = setting.substring(0, setting.indexOf(':'));
        String yaml = DESIGN_EXAMPLE.lines()
                .filter(l -> !l.startsWith(key + ":"))
                .reduce("", (a, l) -> a + l + "\n") + setting + "\n";
        InputException e = fails(yaml);
        assertEquals(location, e.location());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void elderlyRastersAndShareAreExclusive() throws IOException {
        InputException e = fails(DESIGN_EXAMPLE + "elderly: elderly_60_m.tif\nelderlyShare: 0.2\n");
        assertEquals("elderlyShare", e.location());
        assertTrue(e.getMessage().contains("not both"), e.getMessage());
    }

    @Test
    void missingRequiredKey() throws IOException {
        InputException e = fails(DESIGN_EXAMPLE.replace("population: population.tif", ""));
        assertEquals("population", e.location());
        assertTrue(e.getMessage().contains("missing required key \"population\""), e.getMessage());

        e = fails(DESIGN_EXAMPLE.replaceAll("(?s)types:.*?villages", "types: {}\nvillages"));
        assertEquals("types", e.location());
        assertTrue(e.getMessage().contains("at least one facility type"), e.getMessage());
    }

    @Test
    void duplicateKeyIsAnError() throws IOException {
        InputException e = fails(DESIGN_EXAMPLE + "network: roads.geojson\n");
        assertEquals("network", e.location());
        assertTrue(e.getMessage().contains("appears twice (first on line 2)"), e.getMessage());
    }

    @Test
    void invalidYamlNamesLineAndColumn() throws IOException {
        InputException e = fails(DESIGN_EXAMPLE.replace("{ minutes: 15 }", "{ minutes: 15"));
        assertTrue(e.location().startsWith("line "), e.location());
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
    }

    @Test
    void emptyAndNonMappingFiles() throws IOException {
        InputException e = fails("# nothing here\n");
        assertTrue(e.getMessage().contains("the project file is empty"), e.getMessage());
        e = fails("- a\n- b\n");
        assertTrue(e.getMessage().contains("expected a mapping of keys to values, found a list"), e.getMessage());
    }

    @Test
    void missingProjectFile() {
        Path p = dir.resolve("nope.yaml");
        InputException e = assertThrows(InputException.class, () -> ProjectLoader.load(p));
        assertEquals(p.toString(), e.source());
        assertTrue(e.getMessage().contains("project file not found"), e.getMessage());
    }

    @Test
    void documentedExampleLoadsAndEveryKeyIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("docs/project-file.md"));
        int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));
        Files.writeString(dir.resolve("elderly.tif"), "");
        Project p = ProjectLoader.load(write(example));
        assertEquals(0.85, p.getType("elder_care").target().getAsDouble());
        assertEquals(List.of("clinic", "elder_care"), p.villages().orElseThrow().requiredTypes());
        assertEquals(List.of("fitness", "elder_care", "clinic"), List.copyOf(p.types().keySet()));

        for (String key : ProjectLoader.TOP_KEYS) assertTrue(doc.contains("| `" + key + "` |"), key);
        for (String key : ProjectLoader.TYPE_KEYS) assertTrue(doc.contains("| `" + key + "` |"), key);
        for (String key : List.of("idField", "nameField", "radiusMeters", "requiredTypes", "level")) {
            assertTrue(doc.contains("`" + key + "`"), key);
        }
    }

    @Test
    void keySuggestions() {
        List<String> known = ProjectLoader.TYPE_KEYS;
        assertEquals(Optional.of("radiusMeters"), KeySuggestions.nearest("radius", known));
        assertEquals(Optional.of("radiusMeters"), KeySuggestions.nearest("radius_meters", known));
        assertEquals(Optional.of("minutes"), KeySuggestions.nearest("mintues", known));
        assertEquals(Optional.of("targetYear"), KeySuggestions.nearest("target_year", known));
        assertEquals(Optional.empty(), KeySuggestions.nearest("colour", known));
        assertEquals(1, KeySuggestions.editDistance("minutes", "mintues"));
        assertEquals(3, KeySuggestions.editDistance("kitten", "sitting"));
    }
}
