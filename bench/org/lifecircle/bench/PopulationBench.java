package org.lifecircle.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.h2gis.functions.factory.H2GISFunctions;
import org.lifecircle.population.AdminUnits;
import org.lifecircle.population.DemandCells;
import org.lifecircle.population.DemandLayer;
import org.lifecircle.population.PopulationReader;
import org.lifecircle.population.UnitAssignment;
import org.lifecircle.population.UnitLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Population benchmark (plain main, prints figures):
 * <ol>
 * <li>read and sum the 10 WorldPop 60+ rasters of Wuhan (1662 × 1668 cells each);</li>
 * <li>assign 10⁶ demand points to admin units (a Voronoi partition of the real Wuhan boundary
 *     into 200 units) and sum per unit.</li>
 * </ol>
 * Run: {@code bench/run PopulationBench [rounds]}.
 */
public final class PopulationBench {

    private PopulationBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path dir = Path.of(System.getProperty("lifecircle.shared", "../shared"), "data", "wuhan-worldpop-60plus");
        List<Path> bands = PopulationReader.bandFiles(dir, "pop_*_wuhan.tif");
        System.out.printf("cores: %d%n", Runtime.getRuntime().availableProcessors());

        DemandCells elderly = null;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            elderly = PopulationReader.readElderlyRasters(bands);
            double s = (System.nanoTime() - t0) / 1e9;
            long cellsRead = (long) bands.size() * elderly.grid().cols() * elderly.grid().rows();
            System.out.printf("read+sum %d rasters: %.2f s, %.1f M raster cells/s, %d cells with people, 60+ total %.3f%s%n",
                    bands.size(), s, cellsRead / s / 1e6, elderly.size(), elderly.total(DemandLayer.ELDERLY),
                    r == 0 ? " (first round includes GeoTools warm-up)" : "");
        }

        Geometry city = boundary(dir.resolve("wuhan-boundary.shp"));
        List<Geometry> units = voronoiUnits(city, 200, 42L);
        List<String> ids = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) ids.add("u" + u);
        AdminUnits admin = AdminUnits.of("voronoi", ids, ids, units);

        int n = 1_000_000;
        Random random = new Random(7L);
        Envelope env = city.getEnvelopeInternal();
        String[] pointIds = new String[n];
        double[] lons = new double[n];
        double[] lats = new double[n];
        double[] pop = new double[n];
        for (int i = 0; i < n; i++) {
            pointIds[i] = Integer.toString(i);
            lons[i] = env.getMinX() + env.getWidth() * random.nextDouble();
            lats[i] = env.getMinY() + env.getHeight() * random.nextDouble();
            pop[i] = 1 + random.nextInt(50);
        }
        DemandCells demand = DemandCells.ofPoints("synthetic", pointIds, lons, lats, pop, null, null);
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            UnitLocator locator = new UnitLocator(admin.polygons());
            long t1 = System.nanoTime();
            UnitAssignment a = UnitAssignment.of(admin, locator, demand);
            long t2 = System.nanoTime();
            double assigned = 0;
            for (double v : a.population()) assigned += v;
            System.out.printf("aggregate %d cells into %d units: index %.3f s, assign+sum %.3f s, %.2f M cells/s; "
                    + "%d cells outside the city, population inside %.0f of %.0f%n",
                    n, admin.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, n / ((t2 - t1) / 1e9) / 1e6,
                    a.outsideCells(), assigned, demand.total(DemandLayer.TOTAL));
        }
    }

    /** Voronoi cells of {@code count} random seeds inside the city, clipped to the city: realistic unit shapes. */
    static List<Geometry> voronoiUnits(Geometry city, int count, long seed) {
        GeometryFactory gf = city.getFactory();
        Random random = new Random(seed);
        Envelope env = city.getEnvelopeInternal();
        List<Coordinate> seeds = new ArrayList<>();
        while (seeds.size() < count) {
            Coordinate c = new Coordinate(env.getMinX() + env.getWidth() * random.nextDouble(),
                    env.getMinY() + env.getHeight() * random.nextDouble());
            if (city.contains(gf.createPoint(c))) seeds.add(c);
        }
        MultiPoint sites = gf.createMultiPointFromCoords(seeds.toArray(new Coordinate[0]));
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(sites);
        builder.setClipEnvelope(env);
        Geometry cells = builder.getDiagram(gf);
        List<Geometry> units = new ArrayList<>();
        for (int i = 0; i < cells.getNumGeometries(); i++) {
            Geometry unit = cells.getGeometryN(i).intersection(city);
            if (!unit.isEmpty() && unit.getArea() > 0) units.add(unit);
        }
        return units;
    }

    static Geometry boundary(Path shp) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:bench");
                Statement st = c.createStatement()) {
            H2GISFunctions.load(c);
            st.execute("CALL SHPREAD('" + shp.toAbsolutePath() + "', 'BOUNDARY')");
            try (ResultSet rs = st.executeQuery("SELECT THE_GEOM FROM BOUNDARY")) {
                rs.next();
                return (Geometry) rs.getObject(1);
            }
        }
    }
}
