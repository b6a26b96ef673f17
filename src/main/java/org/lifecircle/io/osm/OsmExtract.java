package org.lifecircle.io.osm;

import com.carrotsearch.hppc.LongArrayList;
import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.reader.osm.OSMInputFile;
import com.graphhopper.reader.osm.SkipOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.xml.stream.XMLStreamException;
import org.lifecircle.io.InputException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Extracts tagged nodes and ways — amenities, sports centres, buildings, places — from an
 * OpenStreetMap file ({@code .osm.pbf}, {@code .osm} XML, {@code .osm.gz}) with GraphHopper's OSM
 * reader. Two passes: the first keeps the ways whose tags are wanted and notes their node ids,
 * the second reads the coordinates of exactly those nodes and the wanted nodes. A closed way
 * becomes a polygon (its centroid is the feature's point); a way whose nodes are partly missing
 * from the extract keeps the nodes it has, and is dropped (and counted) when fewer than two
 * remain. Relations are not read. A node off the globe (latitude beyond ±90, longitude beyond
 * ±180, not a finite number) is an {@link InputException} naming it. Cost O(file) time; memory O(kept ways' nodes + kept nodes).
 */
public final class OsmExtract {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    /** What an extraction found; {@code incompleteWays} were dropped for lack of node coordinates. */
    public record Result(List<OsmFeature> features, int incompleteWays) {
        public Result {
            features = List.copyOf(features);
        }
    }

    private OsmExtract() {
    }

    /** Objects whose tags satisfy {@code wanted} (tags given as a string map). */
    public static Result read(Path file, Predicate<Map<String, String>> wanted) {
        String source = file.toString();
        if (!Files.isRegularFile(file)) throw InputException.of(source, "OSM file not found");
        List<ReaderWay> ways = new ArrayList<>();
        List<Map<String, String>> wayTags = new ArrayList<>();
        LongArrayList needed = new LongArrayList();
        scan(file, new SkipOptions(true, false, true), element -> {
            if (!(element instanceof ReaderWay way)) return;
            Map<String, String> tags = tags(element);
            if (tags.isEmpty() || !wanted.test(tags)) return;
            ways.add(way);
            wayTags.add(tags);
            needed.addAll(way.getNodes());
        });
        long[] ids = needed.toArray();
        Arrays.sort(ids);
        ids = distinct(ids);
        double[] lon = new double[ids.length];
        double[] lat = new double[ids.length];
        Arrays.fill(lon, Double.NaN);
        List<OsmFeature> features = new ArrayList<>();
        long[] nodeIds = ids;
        scan(file, new SkipOptions(false, true, true), element -> {
            if (!(element instanceof ReaderNode node)) return;
            checkPosition(source, node);
            int k = Arrays.binarySearch(nodeIds, node.getId());
            if (k >= 0) {
                lon[k] = node.getLon();
                lat[k] = node.getLat();
            }
            if (!node.hasTags()) return;
            Map<String, String> tags = tags(element);
            if (!wanted.test(tags)) return;
            Point p = WGS84.createPoint(new Coordinate(node.getLon(), node.getLat()));
            features.add(new OsmFeature(OsmFeature.Kind.NODE, node.getId(), node.getLon(), node.getLat(), tags, p));
        });
        int incomplete = 0;
        for (int w = 0; w < ways.size(); w++) {
            OsmFeature f = way(ways.get(w), wayTags.get(w), nodeIds, lon, lat);
            if (f == null) incomplete++;
            else features.add(f);
        }
        return new Result(features, incomplete);
    }

    private static OsmFeature way(ReaderWay way, Map<String, String> tags, long[] ids, double[] lon, double[] lat) {
        LongArrayList nodes = way.getNodes();
        List<Coordinate> coords = new ArrayList<>(nodes.size());
        boolean complete = true;
        for (int i = 0; i < nodes.size(); i++) {
            int k = Arrays.binarySearch(ids, nodes.get(i));
            if (k < 0 || Double.isNaN(lon[k])) {
                complete = false;
                continue;
            }
            coords.add(new Coordinate(lon[k], lat[k]));
        }
        if (coords.size() < 2) return null;
        boolean closed = complete && nodes.size() >= 4 && nodes.get(0) == nodes.get(nodes.size() - 1);
        Geometry g;
        if (closed) {
            g = WGS84.createPolygon(coords.toArray(new Coordinate[0]));
            if (!g.isValid()) g = g.buffer(0);
        } else {
            g = WGS84.createLineString(coords.toArray(new Coordinate[0]));
        }
        Point centre = g.isEmpty() || g.getArea() == 0 ? WGS84.createLineString(coords.toArray(new Coordinate[0])).getCentroid()
                : g.getCentroid();
        return new OsmFeature(OsmFeature.Kind.WAY, way.getId(), centre.getX(), centre.getY(), tags, g);
    }

    /** A node must lie on the globe: a finite latitude within ±90 and longitude within ±180. */
    private static void checkPosition(String source, ReaderNode node) {
        double lat = node.getLat();
        double lon = node.getLon();
        String problem = null;
        if (!Double.isFinite(lat) || Math.abs(lat) > 90) problem = "latitude " + lat + " is outside -90..90";
        else if (!Double.isFinite(lon) || Math.abs(lon) > 180) problem = "longitude " + lon + " is outside -180..180";
        if (problem != null) throw new InputException(source, "node/" + node.getId(), problem);
    }

    private interface ElementSink {
        void accept(ReaderElement element);
    }

    private static void scan(Path file, SkipOptions skip, ElementSink sink) {
        try (OSMInputFile in = new OSMInputFile(file.toFile()).setWorkerThreads(2).setSkipOptions(skip).open()) {
            ReaderElement e;
            while ((e = in.getNext()) != null) sink.accept(e);
        } catch (InputException e) {
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new InputException(file.toString(), null, "cannot read OpenStreetMap data: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> tags(ReaderElement e) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> t : e.getTags().entrySet()) out.put(t.getKey(), String.valueOf(t.getValue()));
        return out;
    }

    private static long[] distinct(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (n == 0 || sorted[i] != sorted[n - 1]) sorted[n++] = sorted[i];
        }
        return Arrays.copyOf(sorted, n);
    }
}
