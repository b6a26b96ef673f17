package org.lifecircle.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Parses GeoJSON (RFC 7946, plus the legacy 2008 {@code crs} member) and GeoJSON text sequences
 * (RFC 8142 / newline-delimited, one Feature per line) into features with geometry in the
 * file's own coordinates. A FeatureCollection is streamed feature by feature; memory O(features).
 */
final class GeoJsonSource {

    /** Features in file coordinates and the CRS named by the file's {@code crs} member, or null. */
    record Raw(List<VectorFeature> features, String crs) {}

    private static final char RECORD_SEPARATOR = 0x1E;

    private static final ObjectMapper MAPPER = JsonMapper.builder(
                    JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build())
            .build();
    private static final ObjectReader LINE_READER = MAPPER.readerFor(JsonNode.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String source;
    private final GeometryJson geometries;
    private int featureNumber;

    private GeoJsonSource(String source, GeometryFactory factory) {
        this.source = source;
        this.geometries = new GeometryJson(factory);
    }

    /** True when the file starts with the RFC 8142 record separator. */
    static boolean startsWithRecordSeparator(byte[] head) {
        int i = FileSniffer.startsWith(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return head.length > i && head[i] == RECORD_SEPARATOR;
    }

    /** Reads a FeatureCollection, a single Feature or a bare geometry (one feature). */
    static Raw readDocument(Path file, GeometryFactory factory) {
        return new GeoJsonSource(FileSniffer.sourceName(file), factory).document(file);
    }

    /** Reads one Feature per line; blank lines and RFC 8142 record separators are ignored. */
    static Raw readSequence(Path file, GeometryFactory factory) {
        return new GeoJsonSource(FileSniffer.sourceName(file), factory).sequence(file);
    }

    private Raw document(Path file) {
        try (InputStream in = Files.newInputStream(file);
                JsonParser p = MAPPER.getFactory().createParser(in)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                throw InputException.of(source, "is not a GeoJSON object (the JSON starts with " + tokenKind(t) + ")");
            }
            String type = null;
            String crs = null;
            List<VectorFeature> features = null;
            Map<String, JsonNode> members = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "type" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            throw InputException.of(source, "\"type\" is not a string");
                        }
                        type = p.getText();
                    }
                    case "crs" -> crs = crsName(MAPPER.readTree(p));
                    case "features" -> features = features(p);
                    case "geometry", "properties", "id", "coordinates", "geometries" ->
                            members.put(field, MAPPER.readTree(p));
                    default -> p.skipChildren();
                }
            }
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                throw InputException.of(source, "has more JSON after the end of the GeoJSON object (line "
                        + p.currentLocation().getLineNr() + "); one feature per line needs the .geojsonseq extension");
            }
            return new Raw(topLevel(type, features, members), crs);
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (IOException e) {
            throw new InputException(source, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    private List<VectorFeature> topLevel(String type, List<VectorFeature> features, Map<String, JsonNode> members) {
        if (type == null) throw InputException.of(source, "is not GeoJSON: the top-level object has no \"type\"");
        switch (type) {
            case "FeatureCollection":
                if (features == null) throw InputException.of(source, "FeatureCollection has no \"features\" array");
                if (features.isEmpty()) throw InputException.of(source, "FeatureCollection has no features");
                return features;
            case "Feature": {
                var node = MAPPER.createObjectNode();
                node.put("type", "Feature");
                members.forEach(node::set);
                return List.of(feature(node, 1, "feature 1"));
            }
            case "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon",
                    "GeometryCollection": {
                var node = MAPPER.createObjectNode();
                node.put("type", type);
                members.forEach(node::set);
                return List.of(new VectorFeature(1, geometry(node, "feature 1"), Map.of()));
            }
            case "Topology":
                throw InputException.of(source, "is TopoJSON, not GeoJSON; convert it to GeoJSON first");
            default:
                throw InputException.of(source, "is not GeoJSON: unknown type \"" + type + "\"");
        }
    }

    private List<VectorFeature> features(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw InputException.of(source, "\"features\" is not an array");
        }
        List<VectorFeature> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            featureNumber++;
            JsonNode node = MAPPER.readTree(p);
            out.add(feature(node, featureNumber, "feature " + featureNumber));
        }
        featureNumber = 0;
        return out;
    }

    private Raw sequence(Path file) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<VectorFeature> out = new ArrayList<>();
        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                String text = stripSeparators(line);
                if (text.isEmpty()) continue;
                int number = out.size() + 1;
                String location = number == lineNumber ? "feature " + number
                        : "feature " + number + " (line " + lineNumber + ")";
                JsonNode node;
                try {
                    node = LINE_READER.readTree(text);
                } catch (JsonProcessingException e) {
                    throw new InputException(source, location, "is not valid JSON: " + e.getOriginalMessage(), e);
                }
                out.add(feature(node, number, location));
            }
        } catch (CharacterCodingException e) {
            throw InputException.of(source, "is not UTF-8 text (line " + (lineNumber + 1) + ")");
        } catch (IOException e) {
            throw new InputException(source, null, "cannot be read: " + e.getMessage(), e);
        }
        if (out.isEmpty()) throw InputException.of(source, "has no features");
        return new Raw(out, null);
    }

    private static String stripSeparators(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && (line.charAt(start) == RECORD_SEPARATOR || line.charAt(start) == '\uFEFF'
                || Character.isWhitespace(line.charAt(start)))) {
            start++;
        }
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) end--;
        return line.substring(start, end);
    }

    private VectorFeature feature(JsonNode node, int number, String location) {
        if (!node.isObject()) {
            throw new InputException(source, location, "is not a GeoJSON Feature (found " + GeometryJson.kind(node) + ")");
        }
        JsonNode type = node.get("type");
        if (type == null || !"Feature".equals(type.asText())) {
            throw new InputException(source, location, "is not a GeoJSON Feature (type "
                    + (type == null ? "missing" : type.toString()) + ")");
        }
        JsonNode g = node.get("geometry");
        if (g == null) throw new InputException(source, location, "has no geometry");
        if (g.isNull()) throw new InputException(source, location, "has a null geometry");
        Geometry geometry = geometry(g, location);
        JsonNode props = node.get("properties");
        Map<String, Object> properties = new LinkedHashMap<>();
        if (props != null && !props.isNull()) {
            if (!props.isObject()) {
                throw new InputException(source, location, "\"properties\" is not an object");
            }
            for (Map.Entry<String, JsonNode> e : props.properties()) properties.put(e.getKey(), value(e.getValue()));
        }
        JsonNode id = node.get("id");
        if (id != null && !id.isNull() && !properties.containsKey("id")) properties.put("id", value(id));
        return new VectorFeature(number, geometry, Collections.unmodifiableMap(properties));
    }

    private Geometry geometry(JsonNode g, String location) {
        try {
            return geometries.parse(g);
        } catch (GeometryJson.BadGeometry e) {
            throw new InputException(source, location, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new InputException(source, location, "invalid geometry: " + e.getMessage());
        }
    }

    /** A JSON value as a plain Java value: String, Integer, Long, BigInteger, Double, Boolean, null, List, Map. */
    static Object value(JsonNode n) {
        switch (n.getNodeType()) {
            case STRING:
                return n.textValue();
            case BOOLEAN:
                return n.booleanValue();
            case NUMBER:
                if (n.isInt()) return n.intValue();
                if (n.isLong()) return n.longValue();
                if (n.isBigInteger()) return n.bigIntegerValue();
                return n.doubleValue();
            case ARRAY: {
                List<Object> list = new ArrayList<>(n.size());
                for (JsonNode e : n) list.add(value(e));
                return Collections.unmodifiableList(list);
            }
            case OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> e : n.properties()) map.put(e.getKey(), value(e.getValue()));
                return Collections.unmodifiableMap(map);
            }
            default:
                return null;
        }
    }

    /** The CRS a legacy {@code crs} member names ("EPSG:4490", a URN, …), or null when it is null. */
    private String crsName(JsonNode crs) {
        if (crs == null || crs.isNull()) return null;
        JsonNode type = crs.get("type");
        JsonNode props = crs.get("properties");
        if (type != null && props != null && props.isObject()) {
            switch (type.asText()) {
                case "name":
                    if (props.hasNonNull("name")) return props.get("name").asText();
                    break;
                case "EPSG":
                    if (props.hasNonNull("code")) return "EPSG:" + props.get("code").asText();
                    break;
                case "link":
                    throw InputException.of(source, "the \"crs\" member links to " + props.path("href").asText()
                            + "; linked CRS are not supported, declare the CRS instead");
                default:
                    break;
            }
        }
        throw InputException.of(source, "the \"crs\" member " + crs + " names no CRS");
    }

    private InputException notJson(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String location = featureNumber > 0 ? "feature " + featureNumber : null;
        return new InputException(source, location, "is not valid JSON" + where + ": " + e.getOriginalMessage(), e);
    }

    private static String tokenKind(JsonToken t) {
        if (t == null) return "nothing";
        return switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }
}
