package org.lifecircle.store.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.coverage.Places;
import org.lifecircle.coverage.Study;
import org.lifecircle.facility.Facilities;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.population.AdminUnits;
import org.lifecircle.population.DemandCells;
import org.lifecircle.population.DemandLayer;
import org.lifecircle.population.RasterGrid;
import org.lifecircle.scenario.FacilityRecord;
import org.lifecircle.store.layer.FacilityLayers;
import org.lifecircle.store.layer.Feature;
import org.lifecircle.store.layer.Layer;
import org.lifecircle.store.layer.LayerKind;
import org.lifecircle.store.layer.PopulationGrid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The layers of a loaded {@link Study} as the workspace stores them, all in WGS84 lon/lat:
 * {@value #FACILITIES} (every facility of the project, evaluated type or not), {@value #VILLAGES},
 * one layer {@code units-<level>} per admin level of the study (community, street, township, …), the demand as a {@link PopulationGrid} ({@value #POPULATION}) when it lies on a raster
 * grid or else as points, and the walking network's edges ({@value #NETWORK}) with their shape.
 * Cost O(facilities + cells + network shape points).
 */
public final class StudyLayers {

    public static final String FACILITIES = "facilities";
    public static final String VILLAGES = "villages";
    /** Prefix of the admin-unit layers. */
    public static final String UNITS = "units";
    public static final String POPULATION = "population";
    public static final String NETWORK = "network";

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private StudyLayers() {
    }

    public static Layer facilities(Study study) {
        Facilities f = study.facilities();
        List<FacilityRecord> records = new ArrayList<>(f.size());
        for (int i = 0; i < f.size(); i++) {
            records.add(new FacilityRecord(f.id(i), f.lon(i), f.lat(i), f.type(i).key(), f.name(i), finite(f.areaM2(i)),
                    finite(f.capacity(i))));
        }
        return FacilityLayers.toLayer(FACILITIES, LayerKind.FACILITIES, f.source(), records);
    }

    /** The villages, or null when the study has none. */
    public static Layer villages(Study study) {
        Places v = study.villages();
        if (v == null) return null;
        List<Feature> features = new ArrayList<>(v.size());
        for (int p = 0; p < v.size(); p++) features.add(feature(features.size() + 1, v.id(p), v.geometry(p), v.name(p)));
        return Layer.of(VILLAGES, LayerKind.VILLAGES, v.source(), "EPSG:4326", features);
    }

    /** One layer per admin-unit level, in the study's level order. */
    public static List<Layer> units(Study study) {
        List<Layer> out = new ArrayList<>();
        for (Study.UnitLevel level : study.unitLevels()) {
            AdminUnits u = level.units();
            List<Feature> features = new ArrayList<>(u.size());
            for (int k = 0; k < u.size(); k++) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("name", u.name(k));
                p.put("level", level.level());
                features.add(new Feature(features.size() + 1, u.id(k), u.polygon(k), p));
            }
            out.add(Layer.of(UNITS + "-" + level.level(), LayerKind.UNITS, u.source(), "EPSG:4326", features));
        }
        return out;
    }

    /** The demand on its raster grid (bands {@code population} and, when known, {@code elderly}); null when it is not on a grid. */
    public static PopulationGrid populationGrid(DemandCells demand) {
        if (!demand.hasGrid()) return null;
        RasterGrid g = demand.grid();
        int n = demand.size();
        int[] cellIndex = new int[n];
        for (int i = 0; i < n; i++) cellIndex[i] = Math.toIntExact(g.cellIndex(demand.row(i), demand.col(i)));
        List<String> bands = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (DemandLayer layer : DemandLayer.values()) {
            if (!demand.has(layer)) continue;
            bands.add(layer == DemandLayer.ELDERLY ? "elderly" : "population");
            values.add(demand.values(layer).clone());
        }
        return new PopulationGrid(g.crsName(), g.minX(), g.maxY(), g.cellWidth(), g.cellHeight(), g.cols(), g.rows(),
                cellIndex, bands, values.toArray(double[][]::new));
    }

    /** The demand cells as points with their population (and 60+ population), for demand not on a grid. */
    public static Layer populationPoints(DemandCells demand) {
        List<Feature> features = new ArrayList<>(demand.size());
        for (int i = 0; i < demand.size(); i++) {
            Map<String, Object> p = new LinkedHashMap<>();
            if (demand.has(DemandLayer.TOTAL)) p.put("population", demand.population(i));
            if (demand.has(DemandLayer.ELDERLY)) p.put("elderly", demand.elderly(i));
            features.add(new Feature(i + 1, demand.id(i), WGS84.createPoint(new Coordinate(demand.lon(i), demand.lat(i))), p));
        }
        return Layer.of(POPULATION, LayerKind.POPULATION, demand.source(), demand.sourceCrs(), features);
    }

    /** The walking network as one line per edge, with its length; null when the study has no network. */
    public static Layer network(Study study) {
        StreetNetwork net = study.network();
        if (net == null) return null;
        List<Feature> features = new ArrayList<>(net.edgeCount());
        for (int e = 0; e < net.edgeCount(); e++) {
            int first = net.shapeStart(e);
            int end = net.shapeEnd(e);
            Coordinate[] line = new Coordinate[end - first];
            for (int s = first; s < end; s++) line[s - first] = new Coordinate(net.shapeLon(s), net.shapeLat(s));
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("length_m", net.edgeLengthMeters(e));
            p.put("forward", net.walkable(e, true));
            p.put("backward", net.walkable(e, false));
            if (net.hasEdgeSpeeds()) p.put("speed_kmh", net.edgeSpeedKmh(e));
            features.add(new Feature(e + 1, Integer.toString(e), WGS84.createLineString(line), p));
        }
        return Layer.of(NETWORK, LayerKind.NETWORK, net.source(), "EPSG:4326", features);
    }

    private static Feature feature(int number, String id, Geometry geometry, String name) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        return new Feature(number, id, geometry, p);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
