package org.lifecircle.demo;

import java.util.Random;

/**
 * Synthetic people per raster cell and the 60+ among them. Density follows the plan (constants
 * below): old town about 25,000/km² (denser at its centre), gated-compound superblocks
 * 15,000/km², 1990s blocks 10,000/km², parks, open blocks and outskirts sparse, each village a
 * Gaussian core, farmland sparse with empty hills; the river is nodata.
 * Each cell gets multiplicative noise (log-normal, σ 0.3). The elderly share is 28 % in the old
 * town, 22 % in the 1990s blocks, 15 % in the new districts, 20 % in the outskirts and 25 % in
 * villages and farmland, ± 3 points per cell. O(cells · villages).
 */
final class PopulationSurface {

    static final double OLD_TOWN_PER_KM2 = 25000;
    static final double COMPOUND_PER_KM2 = 15000;
    static final double GRID_PER_KM2 = 10000;
    static final double OPEN_BLOCK_PER_KM2 = 2000;
    static final double OUTSKIRTS_PER_KM2 = 400;
    static final double PARK_PER_KM2 = 300;
    static final double VILLAGE_CORE_PER_KM2 = 5000;
    static final double VILLAGE_CORE_METERS = 280;
    static final double FARMLAND_PER_KM2 = 15;
    static final double EMPTY_FARMLAND_SHARE = 0.3;

    private final float[] population = new float[PopulationGrid.ROWS * PopulationGrid.COLS];
    private final float[] elderly = new float[PopulationGrid.ROWS * PopulationGrid.COLS];

    PopulationSurface(LocalFrame frame, River river, TownLayout layout, VillageSites villages, Random rnd) {
        for (int row = 0; row < PopulationGrid.ROWS; row++) {
            double lat = PopulationGrid.centerLat(row);
            double cellKm2 = cellAreaKm2(frame, lat);
            for (int col = 0; col < PopulationGrid.COLS; col++) {
                double x = frame.x(PopulationGrid.centerLon(col));
                double y = frame.y(lat);
                double noise = StrictMath.exp(0.3 * rnd.nextGaussian() - 0.045);
                double shareNoise = (rnd.nextDouble() * 2 - 1) * 0.03;
                int k = row * PopulationGrid.COLS + col;
                if (river.isWater(x, y, 0)) {
                    population[k] = PopulationGrid.NODATA;
                    elderly[k] = PopulationGrid.NODATA;
                    continue;
                }
                double density;
                double share;
                if (TownLayout.inTown(x, y)) {
                    District d = layout.districtAt(x, y);
                    density = townDensity(d, layout.kindAt(x, y), x, y);
                    share = townElderlyShare(d);
                } else {
                    density = rnd.nextDouble() < EMPTY_FARMLAND_SHARE ? 0 : FARMLAND_PER_KM2;
                    share = 0.25;
                }
                for (VillageSites.Site s : villages.sites()) {
                    double dist = StrictMath.hypot(s.x() - x, s.y() - y);
                    double r = dist / VILLAGE_CORE_METERS;
                    double core = VILLAGE_CORE_PER_KM2 * StrictMath.exp(-r * r);
                    if (core > density) {
                        density = core;
                        share = 0.25;
                    }
                }
                float people = (float) (density * noise * cellKm2);
                population[k] = people;
                elderly[k] = (float) (people * (share + shareNoise));
            }
        }
    }

    private static double townDensity(District d, BlockKind kind, double x, double y) {
        switch (kind) {
            case LANES:
                return OLD_TOWN_PER_KM2 * (1.3 - 0.5 * StrictMath.min(1, TownLayout.oldTownRadius(x, y)));
            case GRID:
                return GRID_PER_KM2;
            case COMPOUND:
            case TWO_COMPOUNDS:
                return COMPOUND_PER_KM2;
            case PARK:
                return PARK_PER_KM2;
            default:
                return d == District.OUTSKIRTS ? OUTSKIRTS_PER_KM2 : OPEN_BLOCK_PER_KM2;
        }
    }

    private static double townElderlyShare(District d) {
        switch (d) {
            case OLD_TOWN:
                return 0.28;
            case MIXED:
                return 0.22;
            case NEW_NORTH:
            case NEW_SOUTH:
                return 0.15;
            default:
                return 0.20;
        }
    }

    static double cellAreaKm2(LocalFrame frame, double lat) {
        double scale = StrictMath.cos(StrictMath.toRadians(lat)) / StrictMath.cos(StrictMath.toRadians(frame.lat(0)));
        double widthMeters = PopulationGrid.CELL_DEGREES * frame.metersPerDegreeLon() * scale;
        double heightMeters = PopulationGrid.CELL_DEGREES * frame.metersPerDegreeLat();
        return widthMeters * heightMeters / 1e6;
    }

    /** People per cell, row-major from the north-west corner; {@link PopulationGrid#NODATA} on the river. */
    float[] population() {
        return population;
    }

    /** People aged 60+ per cell, same grid and nodata. */
    float[] elderly() {
        return elderly;
    }
}
