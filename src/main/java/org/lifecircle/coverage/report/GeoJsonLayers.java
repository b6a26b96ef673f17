package org.lifecircle.coverage.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.lifecircle.coverage.Catchment;
import org.lifecircle.coverage.Evaluation;
import org.lifecircle.coverage.Gap;
import org.lifecircle.coverage.TypeResult;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * The polygon outputs as GeoJSON FeatureCollections in WGS84 (7 decimals): {@code gaps.geojson}
 * (the largest gaps of every type: type, rank, cells, uncovered demand, population, elderly,
 * shortest time) and {@code catchments.geojson} (each facility's nearest-facility area: type,
 * facility, cells, demand, population, elderly served in all and within the threshold). Every
 * feature carries {@code travelTime} ("network" or "straight-line"). O(features + vertices).
 */
public final class GeoJsonLayers {

    private GeoJsonLayers() {
    }

    public static void writeGaps(Evaluation evaluation, Path file) {
        OutputFiles.writeText(file, out -> gaps(evaluation, out));
    }

    public static void writeCatchments(Evaluation evaluation, Path file) {
        OutputFiles.writeText(file, out -> catchments(evaluation, out));
    }

    static void gaps(Evaluation e, Writer out) throws IOException {
        GeoJsonWriter geometry = writer();
        try (JsonGenerator g = Json.generator(out)) {
            start(g, e);
            for (TypeResult r : e.types()) {
                for (Gap gap : r.gaps().gaps()) {
                    g.writeStartObject();
                    g.writeStringField("type", "Feature");
                    g.writeObjectFieldStart("properties");
                    g.writeStringField("facilityType", gap.typeKey());
                    g.writeNumberField("rank", gap.rank());
                    g.writeNumberField("cells", gap.cellCount());
                    number(g, "uncovered", gap.demand());
                    g.writeStringField("demand", r.type().demand().nameEn());
                    number(g, "population", gap.population());
                    number(g, "elderly", gap.elderly());
                    number(g, "minSeconds", Numbers.round(gap.minSeconds(), 1));
                    number(g, "minutes", r.type().thresholdMinutes());
                    g.writeStringField("travelTime", e.travelTime());
                    g.writeEndObject();
                    geometry(g, geometry, gap.polygon());
                    g.writeEndObject();
                }
            }
            end(g);
        }
    }

    static void catchments(Evaluation e, Writer out) throws IOException {
        GeoJsonWriter geometry = writer();
        try (JsonGenerator g = Json.generator(out)) {
            start(g, e);
            for (TypeResult r : e.types()) {
                for (Catchment c : r.catchments()) {
                    if (c.polygon() == null || c.polygon().isEmpty()) continue;
                    g.writeStartObject();
                    g.writeStringField("type", "Feature");
                    g.writeObjectFieldStart("properties");
                    g.writeStringField("facilityType", c.typeKey());
                    g.writeStringField("facility", c.facilityId());
                    g.writeStringField("name", c.facilityName());
                    g.writeNumberField("cells", c.cellCount());
                    number(g, "demand", c.demand());
                    number(g, "population", c.population());
                    number(g, "elderly", c.elderly());
                    number(g, "demandWithin", c.demandWithin());
                    number(g, "populationWithin", c.populationWithin());
                    number(g, "elderlyWithin", c.elderlyWithin());
                    number(g, "maxSeconds", Numbers.round(c.maxSeconds(), 1));
                    g.writeStringField("travelTime", e.travelTime());
                    g.writeEndObject();
                    geometry(g, geometry, c.polygon());
                    g.writeEndObject();
                }
            }
            end(g);
        }
    }

    private static GeoJsonWriter writer() {
        GeoJsonWriter w = new GeoJsonWriter(7);
        w.setEncodeCRS(false);
        return w;
    }

    private static void start(JsonGenerator g, Evaluation e) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeStringField("name", e.study().name());
        g.writeStringField("travelTime", e.travelTime());
        g.writeArrayFieldStart("features");
    }

    private static void end(JsonGenerator g) throws IOException {
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void geometry(JsonGenerator g, GeoJsonWriter writer, Geometry geometry) throws IOException {
        g.writeFieldName("geometry");
        g.writeRawValue(writer.write(geometry));
    }

    private static void number(JsonGenerator g, String field, double v) throws IOException {
        if (Double.isFinite(v)) g.writeNumberField(field, Numbers.round(v, 3));
        else g.writeNullField(field);
    }
}
