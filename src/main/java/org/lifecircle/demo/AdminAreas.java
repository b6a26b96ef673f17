package org.lifecircle.demo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * The administrative units of the demo, in local metres: nine communities (社区) in three streets
 * (街道) that tile the town frame, split by the river and by north–south bands; one township
 * (乡) for the rest of the study area; and the township's twelve administrative villages as the
 * Voronoi cells of the village centres clipped to it. Units of one level never overlap and
 * together cover their parent. O(villages log villages) plus JTS overlay costs.
 */
final class AdminAreas {

    static final String TOWNSHIP_NAME = "清溪乡";

    /** One unit: id, name, level (community / township / village), street or null, polygon. */
    record Unit(String id, String name, String level, String street, Geometry area) {
    }

    private static final double[][] NORTH_BANDS = {{-3000, -1800}, {-1800, -1000}, {-1000, -200}, {-200, 600},
        {600, 1800}, {1800, 3000}};
    private static final String[] NORTH_NAMES = {"西门社区", "鼓楼社区", "状元社区", "府前社区", "东城社区", "新城社区"};
    private static final String[] NORTH_STREETS = {"城关街道", "城关街道", "城关街道", "城关街道", "新城街道", "新城街道"};
    private static final double[][] SOUTH_BANDS = {{-3000, -1000}, {-1000, 1000}, {1000, 3000}};
    private static final String[] SOUTH_NAMES = {"南岸社区", "滨江社区", "城南社区"};

    private final List<Unit> communities = new ArrayList<>();
    private final Unit township;
    private final List<Unit> villages = new ArrayList<>();

    AdminAreas(GeometryFactory gf, River river, double[] studyBox, VillageSites sites) {
        Polygon north = bankPolygon(gf, river, TownLayout.Y_MAX);
        Polygon south = bankPolygon(gf, river, TownLayout.Y_MIN);
        int id = 1;
        for (int b = 0; b < NORTH_BANDS.length; b++) {
            Geometry area = north.intersection(band(gf, NORTH_BANDS[b]));
            communities.add(new Unit(String.format("C%02d", id++), NORTH_NAMES[b], "community", NORTH_STREETS[b], area));
        }
        for (int b = 0; b < SOUTH_BANDS.length; b++) {
            Geometry area = south.intersection(band(gf, SOUTH_BANDS[b]));
            communities.add(new Unit(String.format("C%02d", id++), SOUTH_NAMES[b], "community", "南岸街道", area));
        }
        Polygon study = box(gf, studyBox[0], studyBox[1], studyBox[2], studyBox[3]);
        Polygon town = box(gf, TownLayout.X_MIN, TownLayout.Y_MIN, TownLayout.X_MAX, TownLayout.Y_MAX);
        Geometry rural = study.difference(town);
        township = new Unit("T01", TOWNSHIP_NAME, "township", null, rural);

        VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
        List<Coordinate> centres = new ArrayList<>();
        for (VillageSites.Site s : sites.sites()) centres.add(new Coordinate(s.x(), s.y()));
        voronoi.setSites(centres);
        voronoi.setClipEnvelope(new Envelope(studyBox[0], studyBox[2], studyBox[1], studyBox[3]));
        Geometry cells = voronoi.getDiagram(gf);
        for (VillageSites.Site s : sites.sites()) {
            Geometry cell = null;
            for (int k = 0; k < cells.getNumGeometries(); k++) {
                Geometry c = cells.getGeometryN(k);
                if (c.contains(gf.createPoint(new Coordinate(s.x(), s.y())))) cell = c;
            }
            if (cell == null) throw new IllegalStateException("no Voronoi cell for " + s.name());
            villages.add(new Unit(s.id(), s.name(), "village", null, cell.intersection(rural)));
        }
    }

    private static Polygon bankPolygon(GeometryFactory gf, River river, double yEdge) {
        List<Coordinate> ring = new ArrayList<>();
        for (double x = TownLayout.X_MIN; x <= TownLayout.X_MAX; x += 50) ring.add(new Coordinate(x, river.centerY(x)));
        ring.add(new Coordinate(TownLayout.X_MAX, yEdge));
        ring.add(new Coordinate(TownLayout.X_MIN, yEdge));
        ring.add(ring.get(0));
        return gf.createPolygon(ring.toArray(new Coordinate[0]));
    }

    private static Polygon band(GeometryFactory gf, double[] xRange) {
        return box(gf, xRange[0], TownLayout.Y_MIN, xRange[1], TownLayout.Y_MAX);
    }

    static Polygon box(GeometryFactory gf, double x0, double y0, double x1, double y1) {
        return gf.createPolygon(new Coordinate[] {
            new Coordinate(x0, y0), new Coordinate(x1, y0), new Coordinate(x1, y1), new Coordinate(x0, y1),
            new Coordinate(x0, y0)});
    }

    List<Unit> communities() {
        return communities;
    }

    Unit township() {
        return township;
    }

    List<Unit> villages() {
        return villages;
    }

    /** The community containing the point, or null outside the town. */
    Unit communityAt(GeometryFactory gf, double x, double y) {
        var p = gf.createPoint(new Coordinate(x, y));
        for (Unit u : communities) if (u.area().covers(p)) return u;
        return null;
    }
}
