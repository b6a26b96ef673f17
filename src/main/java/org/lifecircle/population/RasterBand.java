package org.lifecircle.population;

import org.lifecircle.io.InputException;

/**
 * One single-band population raster in memory: people per cell, row-major from the top-left,
 * with the file's nodata value when it declares one ({@code hasNodata}). O(cells) memory.
 */
record RasterBand(String source, RasterGrid grid, float[] values, boolean hasNodata, double nodata) {

    /**
     * Adds this band's people to {@code sum} (row-major, same grid). Nodata cells add nothing;
     * a NaN (when NaN is not the nodata value), infinite or negative value is an
     * {@link InputException} naming the file and the cell.
     */
    void addTo(double[] sum) {
        float nd = hasNodata ? (float) nodata : Float.NaN;
        boolean nanIsNodata = hasNodata && Double.isNaN(nodata);
        int cols = grid.cols();
        for (int k = 0; k < values.length; k++) {
            float v = values[k];
            if (v == nd || (nanIsNodata && Float.isNaN(v))) continue;
            if (!(v >= 0) || Float.isInfinite(v)) {
                String what = Float.isNaN(v) ? "NaN population (" + (hasNodata ? "the file's nodata value is " + nodata : "the file declares no nodata value") + ")"
                        : Float.isInfinite(v) ? "infinite population" : "negative population " + v;
                throw new InputException(source, cellLocation(k / cols, k % cols), what);
            }
            sum[k] += v;
        }
    }

    static String cellLocation(int row, int col) {
        return "cell row " + row + ", col " + col + " (0-based from the top-left)";
    }
}
