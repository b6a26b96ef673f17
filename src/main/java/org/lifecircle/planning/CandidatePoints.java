package org.lifecircle.planning;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lifecircle.coverage.TypeTimes;
import org.lifecircle.io.InputException;
import org.lifecircle.io.PointLayers;
import org.lifecircle.io.PointRecord;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.geodesy.Wgs84;
import org.lifecircle.network.traveltime.NetworkTravelTimes;
import org.lifecircle.network.traveltime.TravelTimeModel;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Candidate sites for new facilities in WGS84, as parallel arrays: read from a point file, placed
 * every {@code spacingMeters} along the walkable streets inside candidate-area polygons or inside
 * uncovered (gap) areas, and thinned by exclusion polygons. Street placement costs O(edges ·
 * length / spacing) point tests against prepared polygons; the straight-line fallback uses a lattice
 * at the same spacing. Immutable.
 */
public final class CandidatePoints {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final String source;
    private final String[] ids;
    private final double[] lon;
    private final double[] lat;

    public CandidatePoints(String source, String[] ids, double[] lon, double[] lat) {
        if (ids.length != lon.length || ids.length != lat.length) throw new IllegalArgumentException("array lengths differ");
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) throw InputException.of(source, "candidate id '" + id + "' appears twice");
        }
        this.source = source;
        this.ids = ids.clone();
        this.lon = lon.clone();
        this.lat = lat.clone();
    }

    /** Points from a CSV {@code id,lon,lat} or a GeoJSON / GeoPackage point layer. */
    public static CandidatePoints read(Path file, String crs) {
        List<PointRecord> points = PointLayers.read(file, crs);
        if (points.isEmpty()) throw InputException.of(file.getFileName().toString(), "has no candidate points");
        int n = points.size();
        String[] ids = new String[n];
        double[] lon = new double[n];
        double[] lat = new double[n];
        for (int i = 0; i < n; i++) {
            PointRecord p = points.get(i);
            ids[i] = p.id();
            lon[i] = p.lon();
            lat[i] = p.lat();
        }
        return new CandidatePoints(file.getFileName().toString(), ids, lon, lat);
    }

    /** Points every {@code spacingMeters} along the streets inside the polygons (a lattice without a network). */
    public static CandidatePoints inAreas(TravelTimeModel model, List<Geometry> areas, double spacingMeters, String source) {
        Geometry union = GEOMETRY.buildGeometry(areas).buffer(0);
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(union);
        Builder b = new Builder("area-");
        if (model instanceof NetworkTravelTimes network) {
            alongStreets(network.network(), spacingMeters, (x, y) -> prepared.contains(point(x, y)), b);
        } else {
            lattice(union, spacingMeters, (x, y) -> prepared.contains(point(x, y)), b);
        }
        return b.build(source);
    }

    /**
     * Points every {@code spacingMeters} along the streets within {@code radiusMeters} of a demand
     * cell the type does not cover (cells with zero demand do not count); without a network the
     * uncovered cells' centres themselves.
     */
    public static CandidatePoints inGaps(TravelTimeModel model, TypeTimes times, double[] weights, double spacingMeters,
            double radiusMeters) {
        int cells = times.size();
        Builder b = new Builder("gap-");
        if (!(model instanceof NetworkTravelTimes network)) {
            for (int c = 0; c < cells; c++) {
                if (weights[c] > 0 && !times.covered(c)) b.add(times.cells().lon(c), times.cells().lat(c));
            }
            return b.build("uncovered cells");
        }
        double midLat = 0;
        int count = 0;
        for (int c = 0; c < cells; c++) {
            if (weights[c] > 0 && !times.covered(c)) {
                midLat += times.cells().lat(c);
                count++;
            }
        }
        if (count == 0) return b.build("gap areas");
        midLat /= count;
        double bucketLat = radiusMeters / Wgs84.metersPerDegreeLat(midLat);
        double bucketLon = radiusMeters / Wgs84.metersPerDegreeLon(midLat);
        Map<Long, int[]> buckets = new HashMap<>();
        for (int c = 0; c < cells; c++) {
            if (weights[c] > 0 && !times.covered(c)) {
                long key = key((long) Math.floor(times.cells().lon(c) / bucketLon), (long) Math.floor(times.cells().lat(c) / bucketLat));
                int[] list = buckets.getOrDefault(key, new int[] {0});
                if (list[0] + 1 == list.length) list = Arrays.copyOf(list, list.length * 2);
                list[++list[0]] = c;
                buckets.put(key, list);
            }
        }
        alongStreets(network.network(), spacingMeters, (x, y) -> {
            long bx = (long) Math.floor(x / bucketLon);
            long by = (long) Math.floor(y / bucketLat);
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    int[] list = buckets.get(key(bx + dx, by + dy));
                    if (list == null) continue;
                    for (int k = 1; k <= list[0]; k++) {
                        int c = list[k];
                        if (Wgs84.shortDistanceMeters(x, y, times.cells().lon(c), times.cells().lat(c)) <= radiusMeters) return true;
                    }
                }
            }
            return false;
        }, b);
        return b.build("gap areas");
    }

    /** These candidates without the ones inside any of the polygons. */
    public CandidatePoints without(List<Geometry> exclusions) {
        if (exclusions.isEmpty()) return this;
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(GEOMETRY.buildGeometry(exclusions).buffer(0));
        int kept = 0;
        boolean[] keep = new boolean[size()];
        for (int i = 0; i < size(); i++) {
            keep[i] = !prepared.covers(point(lon[i], lat[i]));
            if (keep[i]) kept++;
        }
        String[] newIds = new String[kept];
        double[] newLon = new double[kept];
        double[] newLat = new double[kept];
        int k = 0;
        for (int i = 0; i < size(); i++) {
            if (!keep[i]) continue;
            newIds[k] = ids[i];
            newLon[k] = lon[i];
            newLat[k] = lat[i];
            k++;
        }
        return new CandidatePoints(source, newIds, newLon, newLat);
    }

    public String source() {
        return source;
    }

    public int size() {
        return ids.length;
    }

    public String id(int i) {
        return ids[i];
    }

    public double lon(int i) {
        return lon[i];
    }

    public double lat(int i) {
        return lat[i];
    }

    @FunctionalInterface
    private interface PointTest {
        boolean accept(double lonDeg, double latDeg);
    }

    private static void alongStreets(StreetNetwork network, double spacingMeters, PointTest test, Builder b) {
        double[] at = new double[2];
        for (int e = 0; e < network.edgeCount(); e++) {
            if (!network.walkable(e, true) && !network.walkable(e, false)) continue;
            double length = network.edgeLengthMeters(e);
            for (double offset = Math.min(spacingMeters, length) / 2; offset < length; offset += spacingMeters) {
                network.pointAlong(e, offset, at);
                if (test.accept(at[0], at[1])) b.add(at[0], at[1]);
            }
        }
    }

    private static void lattice(Geometry area, double spacingMeters, PointTest test, Builder b) {
        var env = area.getEnvelopeInternal();
        double midLat = (env.getMinY() + env.getMaxY()) / 2;
        double dLat = spacingMeters / Wgs84.metersPerDegreeLat(midLat);
        double dLon = spacingMeters / Wgs84.metersPerDegreeLon(midLat);
        for (double y = env.getMinY() + dLat / 2; y < env.getMaxY(); y += dLat) {
            for (double x = env.getMinX() + dLon / 2; x < env.getMaxX(); x += dLon) {
                if (test.accept(x, y)) b.add(x, y);
            }
        }
    }

    private static Point point(double x, double y) {
        return GEOMETRY.createPoint(new Coordinate(x, y));
    }

    private static long key(long x, long y) {
        return (x << 32) ^ (y & 0xffffffffL);
    }

    private static final class Builder {
        private final String prefix;
        private double[] lon = new double[64];
        private double[] lat = new double[64];
        private int size;

        Builder(String prefix) {
            this.prefix = prefix;
        }

        void add(double x, double y) {
            if (size == lon.length) {
                lon = Arrays.copyOf(lon, size * 2);
                lat = Arrays.copyOf(lat, size * 2);
            }
            lon[size] = x;
            lat[size] = y;
            size++;
        }

        CandidatePoints build(String source) {
            String[] ids = new String[size];
            for (int i = 0; i < size; i++) ids[i] = prefix + (i + 1);
            return new CandidatePoints(source, ids, Arrays.copyOf(lon, size), Arrays.copyOf(lat, size));
        }
    }
}
