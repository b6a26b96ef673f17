package org.lifecircle.demo;

/**
 * The demo raster grid: 3 arc-second cells (1/1200°, about 80 × 92 m at 30° N, WorldPop's
 * "100 m" grid) in EPSG:4326, 240 columns × 192 rows from 117.80° E to 118.00° E and 29.92° N to
 * 30.08° N; row 0 is the northernmost. Cell (row, col) centre = (WEST + (col + ½)·CELL,
 * NORTH − (row + ½)·CELL).
 */
final class PopulationGrid {

    static final double WEST = 117.80;
    static final double EAST = 118.00;
    static final double SOUTH = 29.92;
    static final double NORTH = 30.08;
    static final int COLS = 240;
    static final int ROWS = 192;
    static final double CELL_DEGREES = (EAST - WEST) / COLS;
    static final float NODATA = -9999f;

    private PopulationGrid() {
    }

    static double centerLon(int col) {
        return WEST + (col + 0.5) * CELL_DEGREES;
    }

    static double centerLat(int row) {
        return NORTH - (row + 0.5) * CELL_DEGREES;
    }
}
