package org.lifecircle.coverage.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.lifecircle.coverage.Evaluation;
import org.lifecircle.coverage.Gap;
import org.lifecircle.coverage.Study;
import org.lifecircle.coverage.TypeResult;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.population.DemandCells;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The report's map picture: one panel per facility type (up to {@value #MAX_PANELS}), each
 * showing covered cells green and uncovered cells orange (paler where fewer people live, on a
 * log scale up to the 99th percentile), streets grey, admin-unit borders, facilities as dark dots
 * and the three largest gaps outlined. Equirectangular projection scaled
 * by cos(latitude); rendered headless with Java2D to a PNG. O(types × (cells + edges)).
 */
public final class MapPicture {

    static final int MAX_PANELS = 6;
    private static final int PANEL_WIDTH = 460;
    private static final int TITLE_HEIGHT = 26;
    private static final int MARGIN = 8;
    private static final Color COVERED = new Color(46, 139, 87);
    private static final Color UNCOVERED = new Color(232, 106, 51);
    private static final Color ROAD = new Color(120, 120, 120, 110);
    private static final Color BORDER = new Color(60, 60, 90, 160);
    private static final Color FACILITY = new Color(20, 30, 90);
    private static final Color GAP = new Color(150, 0, 40);
    private static final Color BACKGROUND = new Color(246, 246, 240);
    private static final int SHADES = 16;
    private static final int GAPS_OUTLINED = 3;

    private MapPicture() {
    }

    /** The PNG bytes. */
    public static byte[] png(Evaluation e) {
        System.setProperty("java.awt.headless", "true");
        List<TypeResult> types = e.types().subList(0, Math.min(MAX_PANELS, e.types().size()));
        DemandCells cells = e.study().demand();
        Envelope extent = new Envelope();
        for (int i = 0; i < cells.size(); i++) extent.expandToInclude(cells.lon(i), cells.lat(i));
        for (TypeResult t : types) {
            for (int f = 0; f < t.sites().size(); f++) extent.expandToInclude(t.sites().lon(f), t.sites().lat(f));
        }
        if (extent.isNull()) extent.expandToInclude(0, 0);
        extent.expandBy(Math.max(extent.getWidth(), extent.getHeight()) * 0.02 + 1e-6);
        Frame frame = new Frame(extent, PANEL_WIDTH - 2 * MARGIN);
        int panelHeight = frame.height + TITLE_HEIGHT + 2 * MARGIN;
        int columns = Math.min(3, Math.max(1, types.size()));
        int rows = (Math.max(1, types.size()) + columns - 1) / columns;
        BufferedImage image = new BufferedImage(columns * PANEL_WIDTH, rows * panelHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        for (int k = 0; k < types.size(); k++) {
            int x0 = (k % columns) * PANEL_WIDTH + MARGIN;
            int y0 = (k / columns) * panelHeight + MARGIN;
            panel(g, e, types.get(k), frame, x0, y0);
        }
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    private static void panel(Graphics2D g, Evaluation e, TypeResult t, Frame f, int x0, int y0) {
        Study study = e.study();
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.drawString(String.format(Locale.ROOT, "%s  %s min  %s covered  (%s)", t.type().key(),
                Numbers.compact(t.type().thresholdMinutes(), 1), Numbers.percent(t.overall().share()), e.travelTime()),
                x0, y0 + 16);
        int panelTop = y0 + TITLE_HEIGHT;
        g.setColor(BACKGROUND);
        g.fillRect(x0, panelTop, f.width, f.height);
        Shape clip = g.getClip();
        g.clipRect(x0, panelTop, f.width, f.height);

        DemandCells cells = study.demand();
        int size = cellPixels(cells, f);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        double[] demand = cells.values(t.type().demand());
        double top = Math.log1p(percentile(demand, 0.99));
        Color[] covered = shades(COVERED);
        Color[] uncovered = shades(UNCOVERED);
        for (int i = 0; i < cells.size(); i++) {
            int shade = top > 0 ? (int) Math.min(SHADES - 1, Math.log1p(demand[i]) / top * (SHADES - 1)) : SHADES - 1;
            g.setColor(t.times().covered(i) ? covered[shade] : uncovered[shade]);
            int px = x0 + f.x(cells.lon(i));
            int py = panelTop + f.y(cells.lat(i));
            if (cells.hasGrid()) g.fillRect(px - size / 2, py - size / 2, size, size);
            else g.fillOval(px - 2, py - 2, 4, 4);
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        StreetNetwork network = study.network();
        if (network != null) {
            g.setColor(ROAD);
            g.setStroke(new BasicStroke(0.6f));
            for (int edge = 0; edge < network.edgeCount(); edge++) {
                Path2D.Double path = new Path2D.Double();
                for (int p = network.shapeStart(edge); p < network.shapeEnd(edge); p++) {
                    double px = x0 + f.xd(network.shapeLon(p));
                    double py = panelTop + f.yd(network.shapeLat(p));
                    if (p == network.shapeStart(edge)) path.moveTo(px, py);
                    else path.lineTo(px, py);
                }
                g.draw(path);
            }
        }
        if (!study.unitLevels().isEmpty()) {
            g.setColor(BORDER);
            g.setStroke(new BasicStroke(1.2f));
            for (Geometry unit : study.unitLevels().get(0).units().polygons()) outline(g, unit, f, x0, panelTop);
        }
        g.setColor(GAP);
        g.setStroke(new BasicStroke(1.4f));
        for (Gap gap : t.gaps().gaps().subList(0, Math.min(GAPS_OUTLINED, t.gaps().gaps().size()))) {
            outline(g, gap.polygon(), f, x0, panelTop);
        }
        g.setColor(FACILITY);
        for (int s = 0; s < t.sites().size(); s++) {
            int px = x0 + f.x(t.sites().lon(s));
            int py = panelTop + f.y(t.sites().lat(s));
            g.fillOval(px - 3, py - 3, 7, 7);
        }
        g.setClip(clip);
        g.setColor(Color.GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(x0, panelTop, f.width, f.height);
    }

    /** Light to full colour in {@link #SHADES} steps over the panel background. */
    private static Color[] shades(Color full) {
        Color[] out = new Color[SHADES];
        for (int k = 0; k < SHADES; k++) {
            double a = 0.12 + 0.88 * k / (SHADES - 1);
            out[k] = new Color(mix(BACKGROUND.getRed(), full.getRed(), a), mix(BACKGROUND.getGreen(), full.getGreen(), a),
                    mix(BACKGROUND.getBlue(), full.getBlue(), a));
        }
        return out;
    }

    private static int mix(int from, int to, double a) {
        return (int) Math.round(from + (to - from) * a);
    }

    /** The q-quantile of the positive values (0 when there are none). */
    private static double percentile(double[] values, double q) {
        double[] positive = Arrays.stream(values).filter(v -> v > 0).sorted().toArray();
        if (positive.length == 0) return 0;
        return positive[Math.min(positive.length - 1, (int) Math.floor(q * positive.length))];
    }

    private static int cellPixels(DemandCells cells, Frame f) {
        if (!cells.hasGrid() || cells.size() == 0) return 3;
        double lat = cells.lat(0);
        double meters = Math.max(cells.grid().cellWidthMeters(lat), cells.grid().cellHeightMeters());
        return Math.max(1, (int) Math.ceil(meters / f.metersPerPixel));
    }

    private static void outline(Graphics2D g, Geometry geometry, Frame f, int x0, int top) {
        for (int k = 0; k < geometry.getNumGeometries(); k++) {
            if (!(geometry.getGeometryN(k) instanceof Polygon p)) continue;
            for (int r = -1; r < p.getNumInteriorRing(); r++) {
                Coordinate[] ring = (r < 0 ? p.getExteriorRing() : p.getInteriorRingN(r)).getCoordinates();
                Path2D.Double path = new Path2D.Double();
                for (int i = 0; i < ring.length; i++) {
                    double px = x0 + f.xd(ring[i].x);
                    double py = top + f.yd(ring[i].y);
                    if (i == 0) path.moveTo(px, py);
                    else path.lineTo(px, py);
                }
                g.draw(path);
            }
        }
    }

    /** Lon/lat to panel pixels: equirectangular, x scaled by cos(mid latitude). */
    private static final class Frame {
        final Envelope extent;
        final double scale;
        final double cosLat;
        final int width;
        final int height;
        final double metersPerPixel;

        Frame(Envelope extent, int width) {
            this.extent = extent;
            this.cosLat = Math.cos(Math.toRadians((extent.getMinY() + extent.getMaxY()) / 2));
            this.width = width;
            this.scale = Math.min(width / (extent.getWidth() * cosLat), 2.0 * width / extent.getHeight());
            this.height = Math.max(60, (int) Math.ceil(extent.getHeight() * scale));
            this.metersPerPixel = 111_320.0 / scale;
        }

        double xd(double lon) {
            return (lon - extent.getMinX()) * cosLat * scale;
        }

        double yd(double lat) {
            return (extent.getMaxY() - lat) * scale;
        }

        int x(double lon) {
            return (int) Math.round(xd(lon));
        }

        int y(double lat) {
            return (int) Math.round(yd(lat));
        }
    }
}
