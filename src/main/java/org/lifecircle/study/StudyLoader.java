package org.lifecircle.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lifecircle.coverage.Places;
import org.lifecircle.coverage.Study;
import org.lifecircle.coverage.TypeSpec;
import org.lifecircle.facility.Facilities;
import org.lifecircle.facility.FacilityReader;
import org.lifecircle.facility.StandardsPack;
import org.lifecircle.io.InputException;
import org.lifecircle.io.PointCsvReader;
import org.lifecircle.io.PointRecord;
import org.lifecircle.io.VectorFeature;
import org.lifecircle.io.VectorLayer;
import org.lifecircle.io.VectorReader;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.load.NetworkLoader;
import org.lifecircle.network.linking.Snapper;
import org.lifecircle.network.traveltime.NetworkTravelTimes;
import org.lifecircle.network.traveltime.StraightLineTravelTimes;
import org.lifecircle.network.traveltime.TravelTimeModel;
import org.lifecircle.population.AdminUnits;
import org.lifecircle.population.DemandCells;
import org.lifecircle.population.DemandLayer;
import org.lifecircle.population.PopulationReader;
import org.lifecircle.project.Dataset;
import org.lifecircle.project.Project;
import org.lifecircle.project.UnitLayer;
import org.lifecircle.project.VillageLayer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Reads the datasets a {@link Project} names into a {@link Study}: standards pack with overrides,
 * types, population (raster, points CSV or polygons spread to a grid) with its 60+ layer,
 * facilities, network (or the straight-line fallback when the project names none), admin units
 * grouped by level, villages. Every reader reports bad input as an {@link InputException} naming
 * the file and row/feature. Cost: that of the readers, O(input size).
 *
 * <p>Where the project gives no 60+ population but a type serves the elderly, the elderly layer
 * is the total × {@link #DEFAULT_ELDERLY_SHARE} (national share of the 2020 census), and a note
 * in every output says so. Units whose features carry a {@code street} property also roll up into
 * street units (their union), and village polygons are a unit level of their own.
 */
public final class StudyLoader {

    /** Share of the population aged 60+ in China, 7th national census (2020): 18.70 %. */
    public static final double DEFAULT_ELDERLY_SHARE = 0.187;

    /** Cell size when a population polygon layer is spread onto a grid. */
    public static final double POLYGON_SPREAD_METERS = 100;

    private StudyLoader() {
    }

    public static Study load(Project project) {
        String projectSource = project.file().getFileName().toString();
        List<String> notes = new ArrayList<>();
        StandardsPack pack = project.standards().map(StandardsPack::load).orElse(StandardsPack.builtin());
        List<TypeSpec> types = TypeSpecs.resolve(pack, project.types(), project.speedKmh(), projectSource);

        DemandCells demand = demand(project, types, notes);
        Facilities facilities = FacilityReader.read(project.facilities().path(), crs(project.facilities()), pack);

        TravelTimeModel model;
        StreetNetwork network = null;
        String networkSource;
        if (project.network().isPresent()) {
            Dataset d = project.network().get();
            network = NetworkLoader.load(d.path(), crs(d));
            NetworkTravelTimes networkTimes = new NetworkTravelTimes(network);
            model = networkTimes;
            networkSource = d.fileName();
            Snapper snapper = networkTimes.snapper();
            if (snapper.ignoredEdges() > 0) {
                notes.add(String.format(Locale.ROOT, "%,d walkable edges in %,d pieces of %s smaller than %d nodes are not"
                        + " snapped to: points go to the connected streets nearby (路网孤立小段不参与吸附)", snapper.ignoredEdges(),
                        snapper.ignoredComponents(), d.fileName(), Snapper.DEFAULT_MIN_COMPONENT_NODES));
            }
        } else {
            model = new StraightLineTravelTimes();
            networkSource = "none: straight-line distance at the same speed";
            notes.add("No road network in " + projectSource + ": times are straight-line distances walked at the "
                    + "type's speed (无路网,按直线距离计算)");
        }

        List<Study.UnitLevel> levels = project.units().map(StudyLoader::unitLevels).orElse(List.of());
        Places villages = null;
        List<String> villageTypes = List.of();
        double villageRadius = Double.NaN;
        if (project.villages().isPresent()) {
            VillageLayer v = project.villages().get();
            villages = villages(v);
            villageTypes = v.requiredTypes();
            villageRadius = v.radiusMeters().orElse(Double.NaN);
            boolean villageLevel = levels.stream().anyMatch(l -> l.level().equals("village"));
            if (villages.polygons() && !villageLevel) {
                List<Study.UnitLevel> withVillages = new ArrayList<>(levels);
                List<String> ids = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (int p = 0; p < villages.size(); p++) {
                    ids.add(villages.id(p));
                    names.add(villages.name(p));
                }
                withVillages.add(new Study.UnitLevel("village",
                        AdminUnits.of(villages.source(), ids, names, villages.geometries())));
                levels = withVillages;
            }
        }
        return new Study(project.name(), model, network, networkSource, demand, types, facilities, levels, villages,
                villageTypes, villageRadius, notes);
    }

    private static String crs(Dataset d) {
        return d.crs().orElse(null);
    }

    private static DemandCells demand(Project project, List<TypeSpec> types, List<String> notes) {
        Dataset pop = project.population();
        String name = pop.fileName().toLowerCase(Locale.ROOT);
        DemandCells cells;
        if (name.endsWith(".tif") || name.endsWith(".tiff") || name.endsWith(".asc")) {
            List<Path> elderly = project.elderly().rasters().stream().map(Dataset::path).toList();
            cells = PopulationReader.readRasters(List.of(pop.path()), elderly, crs(pop));
        } else if (name.endsWith(".csv")) {
            cells = PopulationReader.readPoints(pop.path(), crs(pop), pop.field().orElse("population"), "elderly");
            if (!project.elderly().rasters().isEmpty()) {
                throw new InputException(project.file().getFileName().toString(), "elderly",
                        "60+ rasters need a population raster; with a points CSV give an \"elderly\" column or elderlyShare");
            }
        } else {
            cells = PopulationReader.readPolygons(pop.path(), crs(pop), pop.field().orElse("population"), null,
                    POLYGON_SPREAD_METERS);
            if (!project.elderly().rasters().isEmpty()) {
                throw new InputException(project.file().getFileName().toString(), "elderly",
                        "60+ rasters need a population raster; with a polygon layer give elderlyShare");
            }
        }
        if (project.elderly().share().isPresent()) {
            cells = cells.withElderlyShare(project.elderly().share().getAsDouble());
        } else if (!cells.has(DemandLayer.ELDERLY) && types.stream().anyMatch(t -> t.demand() == DemandLayer.ELDERLY)) {
            cells = cells.withElderlyShare(DEFAULT_ELDERLY_SHARE);
            notes.add(String.format(Locale.ROOT, "No 60+ population given: the elderly layer is %.2f %% of the population"
                    + " (national share, 7th census 2020) (未提供老年人口,按全国60岁及以上人口占比%.2f%%估算)",
                    DEFAULT_ELDERLY_SHARE * 100, DEFAULT_ELDERLY_SHARE * 100));
        }
        return cells;
    }

    private static List<Study.UnitLevel> unitLevels(UnitLayer layer) {
        VectorLayer features = VectorReader.readPolygons(layer.dataset().path(), crs(layer.dataset()));
        String idField = layer.idField().orElse("id");
        String nameField = layer.nameField().orElse("name");
        Map<String, List<VectorFeature>> byLevel = new LinkedHashMap<>();
        for (VectorFeature f : features.features()) {
            String level = layer.level().map(l -> l.key()).orElseGet(() -> {
                Object v = property(f, "level");
                return v == null ? "unit" : String.valueOf(v).strip().toLowerCase(Locale.ROOT);
            });
            byLevel.computeIfAbsent(level, k -> new ArrayList<>()).add(f);
        }
        List<Study.UnitLevel> out = new ArrayList<>();
        for (Map.Entry<String, List<VectorFeature>> e : byLevel.entrySet()) {
            List<String> ids = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<Geometry> polygons = new ArrayList<>();
            Map<String, List<Geometry>> streets = new LinkedHashMap<>();
            for (VectorFeature f : e.getValue()) {
                String id = text(property(f, idField), Integer.toString(f.number()));
                if (ids.contains(id)) {
                    throw InputException.atFeature(features.source(), f.number(), "duplicate unit id \"" + id + "\"");
                }
                ids.add(id);
                names.add(text(property(f, nameField), id));
                polygons.add(f.geometry());
                Object street = property(f, "street");
                if (street != null) streets.computeIfAbsent(String.valueOf(street), k -> new ArrayList<>()).add(f.geometry());
            }
            out.add(new Study.UnitLevel(e.getKey(), AdminUnits.of(features.source(), ids, names, polygons)));
            if (!streets.isEmpty() && !byLevel.containsKey("street")) {
                List<String> streetNames = new ArrayList<>(streets.keySet());
                List<Geometry> streetPolygons = streetNames.stream().map(s -> UnaryUnionOp.union(streets.get(s))).toList();
                out.add(new Study.UnitLevel("street", AdminUnits.of(features.source() + " (streets)", streetNames,
                        streetNames, streetPolygons)));
            }
        }
        return out;
    }

    private static Places villages(VillageLayer layer) {
        Dataset d = layer.dataset();
        String idField = layer.idField().orElse("id");
        String nameField = layer.nameField().orElse("name");
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Geometry> geometries = new ArrayList<>();
        if (d.fileName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            GeometryFactory gf = new GeometryFactory();
            for (PointRecord r : PointCsvReader.read(d.path(), crs(d), layer.idField().orElse(null), null)) {
                ids.add(r.id());
                names.add(r.attributes().getOrDefault(nameField.toLowerCase(Locale.ROOT), r.id()));
                geometries.add(gf.createPoint(new Coordinate(r.lon(), r.lat())));
            }
            return new Places(d.fileName(), ids, names, geometries);
        }
        VectorLayer features = VectorReader.read(d.path(), crs(d));
        boolean polygons = false;
        boolean points = false;
        for (VectorFeature f : features.features()) {
            Geometry g = f.geometry();
            if (g instanceof Polygonal) {
                polygons = true;
            } else if (g instanceof Point) {
                points = true;
            } else {
                throw InputException.atFeature(features.source(), f.number(),
                        "a village must be a polygon or a point, found a " + g.getGeometryType());
            }
            if (polygons && points) {
                throw InputException.atFeature(features.source(), f.number(),
                        "villages mix points and polygons; use one kind per layer");
            }
            ids.add(text(property(f, idField), Integer.toString(f.number())));
            names.add(text(property(f, nameField), ids.get(ids.size() - 1)));
            geometries.add(g);
        }
        return new Places(features.source(), ids, names, geometries);
    }

    private static Object property(VectorFeature f, String key) {
        Object exact = f.properties().get(key);
        if (exact != null) return exact;
        for (Map.Entry<String, Object> e : f.properties().entrySet()) {
            if (e.getKey().equalsIgnoreCase(key)) return e.getValue();
        }
        return null;
    }

    private static String text(Object value, String fallback) {
        if (value == null || String.valueOf(value).isBlank()) return fallback;
        if (value instanceof Double v && v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString(v.longValue());
        return String.valueOf(value).strip();
    }
}
