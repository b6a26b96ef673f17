package org.lifecircle.web.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.lifecircle.coverage.Evaluation;
import org.lifecircle.coverage.Study;
import org.lifecircle.coverage.TypeResult;
import org.lifecircle.facility.Facilities;
import org.lifecircle.io.VectorFeature;
import org.lifecircle.io.VectorLayer;
import org.lifecircle.io.VectorReader;
import org.lifecircle.population.DemandCells;
import org.lifecircle.population.DemandLayer;
import org.lifecircle.project.Dataset;
import org.lifecircle.project.Project;
import org.lifecircle.web.project.LayerRole;
import org.lifecircle.web.project.MapFeature;
import org.lifecircle.web.project.MapLayer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The map layers of a loaded project, bottom first: population cells (polygons with population,
 * 60+ and the baseline minutes to each type), admin units, villages, any other GeoJSON beside the
 * project file (a river, a boundary), roads, facilities. Cost O(features + cells × types).
 */
final class SessionLayers {

    private static final GeometryFactory WGS84 = new GeometryFactory();

    private SessionLayers() {
    }

    static List<MapLayer> build(Project project, Study study, Evaluation baseline) {
        List<MapLayer> layers = new ArrayList<>();
        layers.add(population(study.demand(), baseline));
        Set<Path> used = new HashSet<>();
        project.units().ifPresent(u -> {
            used.add(normal(u.dataset().path()));
            layers.add(vector("units", LayerRole.UNITS, u.dataset(), u.idField().orElse("id")));
        });
        project.villages().ifPresent(v -> {
            used.add(normal(v.dataset().path()));
            if (!v.dataset().fileName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                layers.add(vector("villages", LayerRole.VILLAGES, v.dataset(), v.idField().orElse("id")));
            }
        });
        project.network().ifPresent(n -> used.add(normal(n.path())));
        used.add(normal(project.facilities().path()));
        used.add(normal(project.population().path()));
        for (Path extra : extraGeoJson(project.folder(), used)) {
            String name = extra.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            layers.add(vector(name, LayerRole.CONTEXT, new Dataset(name, extra, Optional.empty(), Optional.empty()), "id"));
        }
        project.network().ifPresent(n -> {
            String lower = n.fileName().toLowerCase(Locale.ROOT);
            if (lower.endsWith(".geojson") || lower.endsWith(".json") || lower.endsWith(".gpkg")) {
                layers.add(vector("roads", LayerRole.NETWORK, n, "id"));
            }
        });
        layers.add(facilities(study.facilities()));
        return layers;
    }

    private static MapLayer population(DemandCells cells, Evaluation baseline) {
        List<MapFeature> features = new ArrayList<>(cells.size());
        boolean total = cells.has(DemandLayer.TOTAL);
        boolean elderly = cells.has(DemandLayer.ELDERLY);
        for (int i = 0; i < cells.size(); i++) {
            Map<String, Object> p = new LinkedHashMap<>();
            if (total) p.put("population", round1(cells.population(i)));
            if (elderly) p.put("elderly", round1(cells.elderly(i)));
            for (TypeResult r : baseline.types()) {
                float s = r.times().seconds(i);
                p.put(r.type().key() + "_minutes", Float.isFinite(s) ? round1(s / 60.0) : null);
            }
            features.add(new MapFeature(cells.id(i) == null ? Integer.toString(i) : cells.id(i), cells.cellGeometry(i), p));
        }
        return new MapLayer("population", LayerRole.POPULATION, features);
    }

    private static MapLayer facilities(Facilities f) {
        List<MapFeature> features = new ArrayList<>(f.size());
        for (int i = 0; i < f.size(); i++) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("type", f.type(i).key());
            p.put("name", f.name(i));
            if (!Double.isNaN(f.areaM2(i))) p.put("area_m2", f.areaM2(i));
            if (!Double.isNaN(f.capacity(i))) p.put("capacity", f.capacity(i));
            features.add(new MapFeature(f.id(i), WGS84.createPoint(new Coordinate(f.lon(i), f.lat(i))), p));
        }
        return new MapLayer("facilities", LayerRole.FACILITIES, features);
    }

    private static MapLayer vector(String name, LayerRole role, Dataset dataset, String idField) {
        VectorLayer layer = VectorReader.read(dataset.path(), dataset.crs().orElse(null));
        List<MapFeature> features = new ArrayList<>(layer.features().size());
        Set<String> ids = new HashSet<>();
        for (VectorFeature f : layer.features()) {
            Object id = f.properties().get(idField);
            String text = id == null ? Integer.toString(f.number()) : String.valueOf(id);
            if (!ids.add(text)) text = "#" + f.number();
            ids.add(text);
            features.add(new MapFeature(text, f.geometry(), f.properties()));
        }
        return new MapLayer(name, role, features);
    }

    private static List<Path> extraGeoJson(Path folder, Set<Path> used) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".geojson"))
                    .filter(p -> !used.contains(normal(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
