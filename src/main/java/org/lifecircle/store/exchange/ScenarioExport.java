package org.lifecircle.store.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lifecircle.scenario.AddFacility;
import org.lifecircle.scenario.FacilityRecord;
import org.lifecircle.scenario.Modification;
import org.lifecircle.scenario.MoveFacility;
import org.lifecircle.store.Workspace;
import org.lifecircle.store.layer.Attribute;
import org.lifecircle.store.layer.AttributeType;
import org.lifecircle.store.layer.FacilityLayers;
import org.lifecircle.store.layer.Feature;
import org.lifecircle.store.layer.Layer;
import org.lifecircle.store.layer.LayerKind;
import org.lifecircle.store.result.EvaluationRecord;
import org.lifecircle.store.result.SelectedSite;
import org.lifecircle.store.result.SitingRunRecord;
import org.lifecircle.store.result.TypeCoverage;
import org.lifecircle.store.result.UnitCoverage;
import org.lifecircle.store.scenario.ScenarioRecord;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * A whole scenario as exchange layers: {@code baseline} (the baseline facilities), {@code
 * facilities} (after the edits), {@code modifications} (one point per edit: where the facility
 * goes, or where it was for remove / capacity) and one {@code siting_<run id>} layer per
 * site-selection run on the scenario with the selected sites in rank order. Evaluations go to
 * CSV ({@link #evaluationCsv}). Cost O(facilities + modifications + selected sites).
 */
public final class ScenarioExport {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), Crs.WGS84);

    private ScenarioExport() {
    }

    public static List<Layer> layers(Workspace ws, long scenarioId) {
        ScenarioRecord s = ws.scenarios().get(scenarioId);
        Layer baselineLayer = ws.layers().get(s.projectId(), s.scenario().baselineId());
        List<FacilityRecord> baseline = FacilityLayers.toFacilities(baselineLayer);
        List<FacilityRecord> edited = s.scenario().apply(baseline);
        String source = "scenario " + s.name() + " v" + s.version();
        List<Layer> out = new ArrayList<>();
        out.add(FacilityLayers.toLayer("baseline", LayerKind.FACILITIES, baselineLayer.source(), baseline));
        out.add(FacilityLayers.toLayer("facilities", LayerKind.FACILITIES, source, edited));
        out.add(modifications(source, baseline, s.scenario().modifications()));
        for (SitingRunRecord run : ws.sitingRuns().listForScenario(scenarioId)) out.add(siting(run));
        return out;
    }

    /** Writes the scenario's layers to a GeoPackage in EPSG:{@code epsg}. */
    public static void toGeoPackage(Workspace ws, long scenarioId, Path file, int epsg) throws IOException {
        GeoPackageExport.write(file, layers(ws, scenarioId), epsg);
    }

    /** One row per facility type (unit "") and per type and admin unit: population, covered, share, minutes. */
    public static void evaluationCsv(Path file, EvaluationRecord e) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        Map<String, Double> minutes = new HashMap<>();
        for (TypeCoverage t : e.evaluation().types()) {
            minutes.put(t.facilityType(), t.minutes());
            rows.add(List.of(t.facilityType(), "", t.minutes(), t.population(), t.covered(), t.share()));
        }
        for (UnitCoverage u : e.evaluation().units()) {
            double share = u.population() > 0 ? u.covered() / u.population() : 0;
            rows.add(java.util.Arrays.asList(u.facilityType(), u.unitId(), minutes.get(u.facilityType()), u.population(),
                    u.covered(), share));
        }
        CsvExport.writeTable(file, List.of("type", "unit", "minutes", "population", "covered", "share"), rows);
    }

    private static Layer modifications(String source, List<FacilityRecord> baseline, List<Modification> modifications) {
        Map<String, Coordinate> where = new HashMap<>();
        for (FacilityRecord f : baseline) where.put(f.id(), new Coordinate(f.lon(), f.lat()));
        List<Attribute> attributes = List.of(new Attribute("position", AttributeType.INTEGER),
                new Attribute("kind", AttributeType.TEXT), new Attribute("type", AttributeType.TEXT),
                new Attribute("name", AttributeType.TEXT), new Attribute("area_m2", AttributeType.REAL),
                new Attribute("capacity", AttributeType.REAL));
        List<Feature> features = new ArrayList<>();
        for (Modification m : modifications) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("position", (long) features.size() + 1);
            p.put("kind", m.kind());
            if (m instanceof AddFacility a) {
                where.put(a.facilityId(), new Coordinate(a.facility().lon(), a.facility().lat()));
                p.put("type", a.facility().type());
                p.put("name", a.facility().name());
                p.put("area_m2", a.facility().areaM2());
                p.put("capacity", a.facility().capacity());
            } else if (m instanceof MoveFacility mv) {
                where.put(mv.facilityId(), new Coordinate(mv.lon(), mv.lat()));
            } else if (m instanceof org.lifecircle.scenario.ChangeCapacity cc) {
                p.put("capacity", cc.capacity());
            }
            Coordinate c = where.get(m.facilityId());
            features.add(new Feature(features.size() + 1, m.facilityId(), c == null ? null : WGS84.createPoint(c), p));
        }
        return new Layer("modifications", LayerKind.RESULT, source, "EPSG:4326", attributes, features);
    }

    private static Layer siting(SitingRunRecord r) {
        List<Attribute> attributes = List.of(new Attribute("rank", AttributeType.INTEGER),
                new Attribute("model", AttributeType.TEXT), new Attribute("type", AttributeType.TEXT));
        List<Feature> features = new ArrayList<>();
        for (SelectedSite site : r.run().selected()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("rank", (long) features.size() + 1);
            p.put("model", r.run().model());
            p.put("type", r.run().facilityType());
            features.add(new Feature(features.size() + 1, site.candidateId(),
                    WGS84.createPoint(new Coordinate(site.lon(), site.lat())), p));
        }
        return new Layer("siting_" + r.id(), LayerKind.RESULT, "siting run " + r.id(), "EPSG:4326", attributes, features);
    }
}
