package org.lifecircle.facility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifecircle.io.InputException;

/** FEATURE UNDER TEST: the standards pack: built-in content, overrides, validation errors. */
class StandardsPackTest {

    private final StandardsPack pack = StandardsPack.builtin();

    @Test
    void builtinPackHasTheLifeCircleTypesOfTheSeedPlans() {
        FacilityType fitness = pack.getType("fitness");
        assertEquals(15.0, fitness.minutes());
        assertEquals(4.5, fitness.speedKmh());
        assertEquals(Demand.TOTAL, fitness.demand());
        assertEquals(ServiceCategory.FITNESS, fitness.category());
        assertEquals(900.0, fitness.thresholdSeconds());

        FacilityType elder = pack.getType("elder_care");
        assertEquals(15.0, elder.minutes());
        assertEquals(3.6, elder.speedKmh());
        assertEquals(1.0, elder.speedMps(), 1e-12);
        assertEquals(Demand.ELDERLY, elder.demand());
        assertEquals(Layout.DISPERSED, elder.layout());
        assertEquals("fifteen_minute", elder.level().key());
        assertEquals("仁怀市人民政府办公室 2024-01-04 三、(五)2", elder.clause().citation());
        assertEquals("default", elder.speedSource().document().kind(), "3.6 km/h is a LifeCircle default");

        FacilityType rural = pack.getType("clinic_rural");
        assertEquals(30.0, rural.minutes());
        assertEquals(TravelMode.DRIVE, rural.mode());

        assertEquals(300.0, pack.getType("kindergarten").radiusMeters());
        assertEquals(500.0, pack.getType("primary_school").radiusMeters());
        assertEquals(1000.0, pack.getType("middle_school").radiusMeters());
        assertEquals(Double.NaN, fitness.radiusMeters());

        assertEquals(pack.types().size(), pack.typeKeys().size());
        for (int i = 0; i < pack.types().size(); i++) assertEquals(i, pack.types().get(i).index());
        assertEquals(2.62, pack.personsPerHousehold());
    }

    @Test
    void typeKeysAreMatchedLeniently() {
        assertEquals("elder_care", pack.findType(" Elder-Care ").orElseThrow().key());
        assertTrue(pack.findType("swimming").isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pack.getType("swimming"));
        assertTrue(e.getMessage().contains("fitness, elder_care"), e.getMessage());
    }

    @Test
    void gb50180LevelsCarryThePublishedWalkingDistancesAndPopulations() {
        // GB 50180-2018 Table 3.0.4: 15 min 800–1000 m 50,000–100,000; 10 min 500 m 15,000–25,000;
        // 5 min 300 m 5,000–12,000; residential block 1,000–3,000.
        LifeCircleLevel l15 = pack.levels().get("fifteen_minute");
        assertEquals(List.of(15.0, 800.0, 1000.0, 50000.0, 100000.0),
                List.of(l15.minutes(), l15.walkMetersMin(), l15.walkMetersMax(), l15.populationMin(), l15.populationMax()));
        LifeCircleLevel l10 = pack.levels().get("ten_minute");
        assertEquals(List.of(10.0, 500.0, 500.0, 15000.0, 25000.0),
                List.of(l10.minutes(), l10.walkMetersMin(), l10.walkMetersMax(), l10.populationMin(), l10.populationMax()));
        LifeCircleLevel l5 = pack.levels().get("five_minute");
        assertEquals(List.of(5.0, 300.0, 300.0, 5000.0, 12000.0),
                List.of(l5.minutes(), l5.walkMetersMin(), l5.walkMetersMax(), l5.populationMin(), l5.populationMax()));
        LifeCircleLevel block = pack.levels().get("block");
        assertTrue(Double.isNaN(block.minutes()));
        assertEquals(3000.0, block.populationMax());
        for (String key : List.of("fifteen_minute", "ten_minute", "five_minute", "block")) {
            assertEquals("GB 50180-2018 §3.0.4", pack.levels().get(key).clause().citation());
        }
        assertEquals("TD/T 1062-2021", pack.levels().get("village").clause().citation());
    }

    @Test
    void everyThresholdAndTargetCarriesAClause() {
        for (FacilityType t : pack.types()) {
            assertNotNull(t.clause(), t.key());
            assertFalse(t.clause().zh().isBlank(), t.key());
            assertFalse(t.clause().en().isBlank(), t.key());
            assertNotNull(t.speedSource(), t.key());
            if (t.hasRadius()) assertNotNull(t.radiusClause(), t.key());
            else assertNull(t.radiusClause(), t.key());
            if (t.hasMinutes() && t.level() != null && !Double.isNaN(t.level().minutes())) {
                assertEquals(t.level().minutes(), t.minutes(), t.key() + " minutes differ from its level");
            }
            for (CoverageTarget c : t.coverageTargets()) assertNotNull(c.clause(), t.key());
        }
        for (Indicator i : pack.indicators()) {
            assertFalse(i.targets().isEmpty(), i.key());
            for (IndicatorTarget target : i.targets()) assertNotNull(target.clause(), i.key());
        }
        for (LifeCircleLevel l : pack.levels().values()) assertNotNull(l.clause(), l.key());
    }

    @Test
    void perCapitaIndicatorsComputeAgainstTheirTargets() {
        Indicator sports = indicator("sports_ground_per_capita");
        assertEquals(List.of(2.45, 2.37), sports.targets().stream().map(IndicatorTarget::value).toList());
        assertEquals(OptionalInt.of(2025), sports.targets().get(0).year());
        double v = sports.value(24_500, 10_000, pack.personsPerHousehold());
        assertEquals(2.45, v, 1e-12);
        assertTrue(sports.meets(v, sports.targets().get(0)));
        assertFalse(sports.meets(sports.value(23_000, 10_000, 2.62), sports.targets().get(1)));

        Indicator community = indicator("community_service_per_100_households");
        assertEquals(IndicatorUnit.M2_PER_100_HOUSEHOLDS, community.unit());
        // 2,620 people / 2.62 per household = 1,000 households = 10 × 100 households; 300 m² → 30 m² per 100 households
        assertEquals(30.0, community.value(300, 2620, 2.62), 1e-9);

        Indicator childcare = indicator("childcare_places_per_1000");
        assertEquals(Measure.CAPACITY, childcare.measure());
        assertEquals(4.5, childcare.value(45, 10_000, 2.62), 1e-12);
        assertTrue(Double.isNaN(childcare.value(45, 0, 2.62)));

        assertEquals(0.1, indicator("elder_care_land_per_capita").targets().get(0).value());
        assertEquals(0.1, indicator("fitness_indoor_per_capita").targets().get(0).value());
        assertEquals(0.3, indicator("fitness_outdoor_per_capita").targets().get(0).value());
        assertEquals(List.of("elder_care_land_per_capita"),
                pack.indicatorsForType("elder_care").stream().map(Indicator::key).toList());
    }

    @Test
    void overridesMergeAndCiteTheProjectForChangedValues() {
        StandardsPack local = pack.withOverrides(Map.of("types", Map.of(
                "fitness", Map.of("minutes", 10),
                "elder_care", Map.of("speedKmh", 3.0, "demand", "Elderly"))), "demo.yaml");

        FacilityType fitness = local.getType("fitness");
        assertEquals(10.0, fitness.minutes());
        assertEquals("project", fitness.clause().document().kind());
        assertEquals("demo.yaml types.fitness.minutes", fitness.clause().citation());
        assertEquals(ServiceCategory.FITNESS, fitness.category(), "untouched keys keep the pack's values");
        assertEquals(pack.getType("fitness").references(), fitness.references());

        FacilityType elder = local.getType("elder_care");
        assertEquals(3.0, elder.speedKmh());
        assertTrue(elder.speedSource().en().contains("types.elder_care.speedKmh"), elder.speedSource().en());
        assertEquals(pack.getType("elder_care").clause(), elder.clause(), "minutes unchanged: clause kept");

        assertEquals(15.0, pack.getType("fitness").minutes(), "the built-in pack is not modified");

        // the project file restating the pack's value (DESIGN's `elder_care: {minutes: 15, speedKmh: 3.6}`)
        // keeps the cited clauses
        StandardsPack same = pack.withOverrides(Map.of("types", Map.of(
                "elder_care", Map.of("minutes", 15, "speedKmh", 3.6, "demand", "elderly"))), "demo.yaml");
        assertEquals(pack.getType("elder_care").clause(), same.getType("elder_care").clause());
        assertEquals(pack.getType("elder_care").speedSource(), same.getType("elder_care").speedSource());
    }

    @Test
    void overrideFileReplacesListsAddsTypesAndRemovesKeys(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("local-standards.yaml");
        Files.writeString(file, """
                defaultSpeedKmh: 4.0
                types:
                  kindergarten:
                    radiusMeters: null
                  library:
                    category: culture
                    nameZh: 图书馆
                    nameEn: Library
                    demand: total
                    radiusMeters: 800
                indicators:
                  sports_ground_per_capita:
                    targets:
                      - value: 2.6
                        year: 2035
                """, StandardCharsets.UTF_8);
        StandardsPack local = StandardsPack.load(file);

        FacilityType library = local.getType("library");
        assertEquals(local.types().size() - 1, library.index());
        assertEquals(4.0, library.speedKmh());
        assertEquals(800 / (4.0 / 3.6), library.thresholdSeconds(), 1e-9);
        assertEquals(library.clause(), library.radiusClause());
        assertEquals(file + " types.library.radiusMeters", library.radiusClause().citation());

        assertFalse(local.getType("kindergarten").hasRadius());
        assertEquals(4.0, local.getType("fitness").speedKmh());
        assertTrue(local.getType("fitness").speedSource().en().contains("defaultSpeedKmh"));
        assertEquals(3.6, local.getType("elder_care").speedKmh(), "a type's own speed beats the default");

        Indicator sports = local.indicators().stream().filter(i -> i.key().equals("sports_ground_per_capita")).findFirst().orElseThrow();
        assertEquals(1, sports.targets().size());
        assertEquals(2.6, sports.targets().get(0).value());
        assertEquals(OptionalInt.of(2035), sports.targets().get(0).year());
        assertEquals("project", sports.targets().get(0).clause().document().kind());
    }

    @Test
    void unknownKeysAreErrorsNamingTheKey() {
        InputException e = assertThrows(InputException.class, () -> pack.withOverrides(
                Map.of("types", Map.of("fitness", Map.of("minuts", 10))), "demo.yaml"));
        assertEquals("demo.yaml", e.source());
        assertEquals("key types.fitness.minuts", e.location());
        assertTrue(e.reason().contains("unknown key 'minuts'") && e.reason().contains("minutes"), e.getMessage());

        e = assertThrows(InputException.class, () -> pack.withOverrides(Map.of("typs", Map.of()), "demo.yaml"));
        assertEquals("key typs", e.location());

        e = assertThrows(InputException.class, () -> pack.withOverrides(Map.of("types", Map.of("elder_care",
                Map.of("coverageTargets", List.of(Map.of("share", 0.9, "scope", "units", "yr", 2030))))), "demo.yaml"));
        assertEquals("key types.elder_care.coverageTargets[0].yr", e.location());
    }

    @Test
    void incompleteNewTypeListsTheKnownTypes() {
        InputException e = assertThrows(InputException.class, () -> pack.withOverrides(
                Map.of("types", Map.of("fitnes", Map.of("minutes", 10))), "demo.yaml"));
        assertEquals("key types.fitnes", e.location());
        assertTrue(e.reason().contains("known: fitness, elder_care"), e.getMessage());
        assertTrue(e.reason().contains("category"), e.getMessage());
    }

    @Test
    void badValuesAreErrorsNamingTheKeyAndTheAllowedValues(@TempDir Path dir) throws IOException {
        InputException e = assertThrows(InputException.class, () -> pack.withOverrides(
                Map.of("types", Map.of("fitness", Map.of("demand", "children"))), "demo.yaml"));
        assertEquals("key types.fitness.demand", e.location());
        assertTrue(e.reason().contains("allowed: total, elderly"), e.getMessage());

        e = assertThrows(InputException.class, () -> pack.withOverrides(
                Map.of("types", Map.of("fitness", Map.of("minutes", "quarter hour"))), "demo.yaml"));
        assertEquals("key types.fitness.minutes", e.location());

        e = assertThrows(InputException.class, () -> pack.withOverrides(
                Map.of("types", Map.of("fitness", Map.of("level", "twenty_minute"))), "demo.yaml"));
        assertTrue(e.reason().contains("unknown level 'twenty_minute'"), e.getMessage());

        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "types:\n  fitness: {minutes: 10\n", StandardCharsets.UTF_8);
        e = assertThrows(InputException.class, () -> StandardsPack.load(broken));
        assertEquals(broken.toString(), e.source());
        assertTrue(e.location().startsWith("line "), e.getMessage());
    }

    private Indicator indicator(String key) {
        return pack.indicators().stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }
}
