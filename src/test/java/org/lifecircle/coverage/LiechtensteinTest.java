package org.lifecircle.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lifecircle.facility.Facilities;
import org.lifecircle.facility.StandardsPack;
import org.lifecircle.io.VectorFeature;
import org.lifecircle.io.VectorLayer;
import org.lifecircle.io.VectorReader;
import org.lifecircle.io.osm.OsmExtract;
import org.lifecircle.io.osm.OsmFeature;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.geodesy.Wgs84;
import org.lifecircle.network.load.NetworkLoader;
import org.lifecircle.network.traveltime.NetworkTravelTimes;
import org.lifecircle.network.traveltime.StraightLineTravelTimes;
import org.lifecircle.population.AdminUnits;
import org.lifecircle.population.DemandCells;
import org.lifecircle.population.DemandLayer;
import org.lifecircle.population.PolygonSpreader;
import org.lifecircle.project.TypeSettings;
import org.lifecircle.study.TypeSpecs;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * FEATURE UNDER TEST: coverage end to end on real data — Liechtenstein (OSM 2015, ../shared/data/
 * liechtenstein). Network: the PBF through the network loader. Facilities: OSM amenity=school
 * (primary school, 10 min), amenity=kindergarten (5 min), leisure=sports_centre (fitness, 15
 * min), ways by their centroid. Population: the 12 {@code population} tags of li_pop.osm (38,195
 * people), each place's people spread over the buildings inside the country nearest to it, in
 * proportion to footprint area, then onto a 100 m grid. Units: the admin_level 8 municipal
 * polygons of li_admin.geojsonseq; villages: the 12 place nodes.
 *
 * <p>Asserted: population conserved through both spreads; unit tables add up; pinned facility
 * counts of the extract; network coverage within plausible ranges; and, for every cell, a
 * straight-line time never above the network time (connector + path + connector is never shorter
 * than the geodesic), so straight-line coverage is never below network coverage.
 */
class LiechtensteinTest {

    private static final int PLACE_POPULATION = 38_195;
    private static Study study;
    private static Evaluation evaluation;
    private static double assignedToBuildings;
    private static int buildings;

    @BeforeAll
    static void build() {
        Path dir = Path.of(System.getProperty("lifecircle.shared", "../shared"), "data", "liechtenstein");
        Path pbf = dir.resolve("liechtenstein-latest.osm.pbf");
        VectorLayer admin = VectorReader.read(dir.resolve("li_admin.geojsonseq"));
        Geometry country = null;
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Geometry> municipalities = new ArrayList<>();
        for (VectorFeature f : admin.features()) {
            if (!(f.geometry() instanceof Polygonal)) continue;
            Object level = f.properties().get("admin_level");
            if ("2".equals(level)) country = f.geometry();
            if ("8".equals(level)) {
                Object name = f.properties().get("name");
                ids.add("F" + f.number());
                names.add(name == null ? "(exclave " + f.number() + ")" : String.valueOf(name));
                municipalities.add(f.geometry());
            }
        }
        PreparedGeometry inside = new PreparedGeometryFactory().create(country);

        List<OsmFeature> places = OsmExtract.read(dir.resolve("li_pop.osm"), t -> t.containsKey("population")).features();
        OsmExtract.Result osm = OsmExtract.read(pbf, t -> t.containsKey("building") || "school".equals(t.get("amenity"))
                || "kindergarten".equals(t.get("amenity")) || "sports_centre".equals(t.get("leisure")));

        // each place's people over the buildings nearest to it, by footprint area
        List<OsmFeature> houses = osm.features().stream()
                .filter(f -> f.tags().containsKey("building") && f.geometry() instanceof Polygonal
                        && inside.contains(f.geometry().getCentroid()))
                .toList();
        buildings = houses.size();
        int[] placeOf = new int[houses.size()];
        double[] areaOfPlace = new double[places.size()];
        for (int b = 0; b < houses.size(); b++) {
            OsmFeature h = houses.get(b);
            double best = Double.POSITIVE_INFINITY;
            for (int p = 0; p < places.size(); p++) {
                double d = Wgs84.distanceMeters(h.lon(), h.lat(), places.get(p).lon(), places.get(p).lat());
                if (d < best) {
                    best = d;
                    placeOf[b] = p;
                }
            }
            areaOfPlace[placeOf[b]] += h.geometry().getArea();
        }
        List<PolygonSpreader.Zone> zones = new ArrayList<>();
        for (int b = 0; b < houses.size(); b++) {
            OsmFeature p = places.get(placeOf[b]);
            double people = Double.parseDouble(p.tag("population")) * houses.get(b).geometry().getArea() / areaOfPlace[placeOf[b]];
            assignedToBuildings += people;
            zones.add(new PolygonSpreader.Zone(b + 1, houses.get(b).geometry(), people, Double.NaN));
        }
        DemandCells demand = PolygonSpreader.spread("li buildings", zones, 100);

        StandardsPack pack = StandardsPack.builtin();
        Facilities.Builder fb = Facilities.builder(pack, pbf.getFileName().toString());
        for (OsmFeature f : osm.features()) {
            String type = "school".equals(f.tag("amenity")) ? "primary_school"
                    : "kindergarten".equals(f.tag("amenity")) ? "kindergarten"
                    : "sports_centre".equals(f.tag("leisure")) ? "fitness" : null;
            if (type != null) fb.add(f.ref(), f.lon(), f.lat(), type, f.tag("name"), Double.NaN, Double.NaN);
        }
        Map<String, TypeSettings> types = new LinkedHashMap<>();
        for (String key : List.of("fitness", "kindergarten", "primary_school")) types.put(key, TypeSettings.defaults(key));
        List<TypeSpec> specs = TypeSpecs.resolve(pack, types, OptionalDouble.empty(), "liechtenstein");

        List<String> placeIds = places.stream().map(OsmFeature::ref).toList();
        List<String> placeNames = places.stream().map(f -> f.tag("name")).toList();
        Places villages = new Places("li_pop.osm", placeIds, placeNames, places.stream().map(OsmFeature::geometry).toList());
        StreetNetwork network = NetworkLoader.load(pbf);
        study = new Study("Liechtenstein", new NetworkTravelTimes(network), network, pbf.getFileName().toString(), demand,
                specs, fb.build(), List.of(new Study.UnitLevel("municipality", AdminUnits.of("li_admin", ids, names,
                        municipalities))), villages, List.of(), Double.NaN, List.of());
        evaluation = new StudyEvaluator(study, StudyEvaluator.Options.defaults()).evaluate();
    }

    @Test
    void placePopulationIsConservedThroughBuildingsAndCells() {
        assertTrue(buildings > 8000, "buildings inside the country: " + buildings);
        assertEquals(PLACE_POPULATION, assignedToBuildings, 1e-6);
        assertEquals(PLACE_POPULATION, study.demand().total(DemandLayer.TOTAL), 1e-6);
        for (TypeResult r : evaluation.types()) assertEquals(PLACE_POPULATION, r.overall().demand(), 1e-6);
        TypeResult any = evaluation.types().get(0);
        double units = any.byLevel().get(0).outside().demand();
        for (int u = 0; u < study.unitLevels().get(0).units().size(); u++) units += any.byLevel().get(0).group(u).demand();
        assertEquals(PLACE_POPULATION, units, 1e-6);
        assertTrue(any.byLevel().get(0).outside().demand() < 0.01 * PLACE_POPULATION, "people outside every municipality");
    }

    @Test
    void facilitiesComeFromTheOsmTags() {
        assertEquals(6, evaluation.type("fitness").sites().size());
        assertEquals(6, evaluation.type("kindergarten").sites().size());
        assertEquals(19, evaluation.type("primary_school").sites().size());
    }

    @Test
    void networkCoverageIsPlausible() {
        assertTrue(evaluation.networkBased());
        double fitness = evaluation.type("fitness").overall().share();
        double kindergarten = evaluation.type("kindergarten").overall().share();
        double school = evaluation.type("primary_school").overall().share();
        String all = "fitness " + fitness + ", kindergarten " + kindergarten + ", school " + school;
        // a 25 km long country with 6 sports centres, 6 kindergartens and 19 schools (2015 OSM)
        assertTrue(fitness > 0.08 && fitness < 0.4, all);
        assertTrue(kindergarten > 0.01 && kindergarten < 0.2, all);
        assertTrue(school > 0.1 && school < 0.5, all);
        assertTrue(kindergarten < school, "6 kindergartens at 5 min reach fewer than 19 schools at 10 min: " + all);
        assertTrue(evaluation.offNetworkPopulation() < 0.02 * PLACE_POPULATION, "off network: " + evaluation.offNetworkPopulation());
    }

    @Test
    void straightLineTimesNeverExceedNetworkTimes() {
        CoverageEvaluator straight = new CoverageEvaluator(new StraightLineTravelTimes(), study.demand());
        for (TypeResult r : evaluation.types()) {
            TypeTimes line = straight.times(r.type(), r.sites());
            for (int i = 0; i < line.size(); i++) {
                float net = r.times().seconds(i);
                if (net == Float.POSITIVE_INFINITY) continue;
                assertTrue(line.seconds(i) <= net * (1 + 1e-5) + 1e-3,
                        r.type().key() + " cell " + i + ": straight " + line.seconds(i) + " > network " + net);
            }
            double straightShare = CoverageTally.count(line, r.type().thresholdSeconds()).overall().share();
            assertTrue(straightShare >= r.overall().share(), r.type().key());
        }
    }

    @Test
    void everyPlaceIsCheckedForEveryType() {
        for (TypeResult r : evaluation.types()) {
            assertEquals(12, r.villages().places().size());
            assertTrue(r.villages().served() >= 1, r.type().key());
        }
        // Vaduz (capital, several schools) has a primary school within 10 minutes of its place node
        int vaduz = -1;
        for (int p = 0; p < study.villages().size(); p++) if ("Vaduz".equals(study.villages().name(p))) vaduz = p;
        assertTrue(evaluation.type("primary_school").villages().places().get(vaduz).served());
    }
}
