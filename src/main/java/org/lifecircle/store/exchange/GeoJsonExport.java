package org.lifecircle.store.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.lifecircle.store.layer.Feature;
import org.lifecircle.store.layer.Layer;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * Writes a layer as a GeoJSON FeatureCollection (RFC 7946: WGS84 lon/lat, no "crs" member), the
 * feature id as the GeoJSON "id", attributes as properties. Streams; written beside the target
 * and moved into place. Cost O(features).
 */
public final class GeoJsonExport {

    private GeoJsonExport() {
    }

    public static void write(Path file, Layer layer) throws IOException {
        GeoJsonWriter geometryWriter = new GeoJsonWriter(15);
        geometryWriter.setEncodeCRS(false);
        AtomicFiles.write(file, ".geojson", tmp -> {
            try (JsonGenerator json = new JsonFactory().createGenerator(tmp.toFile(), JsonEncoding.UTF8)) {
                json.writeStartObject();
                json.writeStringField("type", "FeatureCollection");
                json.writeStringField("name", layer.name());
                json.writeArrayFieldStart("features");
                for (Feature f : layer.features()) {
                    json.writeStartObject();
                    json.writeStringField("type", "Feature");
                    if (f.id() != null) json.writeStringField("id", f.id());
                    json.writeFieldName("geometry");
                    if (f.geometry() == null) json.writeNull();
                    else json.writeRawValue(geometryWriter.write(f.geometry()));
                    json.writeObjectFieldStart("properties");
                    for (Map.Entry<String, Object> e : f.properties().entrySet()) {
                        json.writeFieldName(e.getKey());
                        writeValue(json, e.getValue());
                    }
                    json.writeEndObject();
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
        });
    }

    private static void writeValue(JsonGenerator json, Object v) throws IOException {
        if (v == null) json.writeNull();
        else if (v instanceof Boolean b) json.writeBoolean(b);
        else if (v instanceof Long l) json.writeNumber(l);
        else if (v instanceof Double d && Double.isFinite(d)) json.writeNumber(d);
        else if (v instanceof Double) json.writeNull();
        else json.writeString(v.toString());
    }
}
