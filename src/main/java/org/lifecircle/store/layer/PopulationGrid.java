package org.lifecircle.store.layer;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A population raster as stored: the grid (CRS, top-left origin, cell size, columns × rows; rows
 * run downwards from the origin) and its non-empty cells, {@code cellIndex[i] = row * columns +
 * column}, with one value array per band ({@code bandValues[b][i]} people of band b in cell i).
 * The arrays are owned by the record: callers must not change them after construction.
 */
public record PopulationGrid(String crs, double originX, double originY, double cellWidth, double cellHeight,
        int columns, int rows, int[] cellIndex, List<String> bandNames, double[][] bandValues) {

    public PopulationGrid {
        Objects.requireNonNull(crs, "crs");
        if (columns <= 0 || rows <= 0) throw new IllegalArgumentException("grid of " + columns + " × " + rows + " cells");
        if (!(cellWidth > 0) || !(cellHeight > 0)) throw new IllegalArgumentException("cell size must be positive");
        bandNames = List.copyOf(bandNames);
        if (bandNames.size() != bandValues.length) {
            throw new IllegalArgumentException(bandNames.size() + " band names for " + bandValues.length + " bands");
        }
        long cells = (long) columns * rows;
        for (int i = 0; i < cellIndex.length; i++) {
            if (cellIndex[i] < 0 || cellIndex[i] >= cells) {
                throw new IllegalArgumentException("cell index " + cellIndex[i] + " outside the " + columns + " × " + rows + " grid");
            }
        }
        for (double[] band : bandValues) {
            if (band.length != cellIndex.length) {
                throw new IllegalArgumentException(band.length + " band values for " + cellIndex.length + " cells");
            }
        }
    }

    public int cellCount() {
        return cellIndex.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PopulationGrid g && crs.equals(g.crs) && originX == g.originX && originY == g.originY
                && cellWidth == g.cellWidth && cellHeight == g.cellHeight && columns == g.columns && rows == g.rows
                && Arrays.equals(cellIndex, g.cellIndex) && bandNames.equals(g.bandNames)
                && Arrays.deepEquals(bandValues, g.bandValues);
    }

    @Override
    public int hashCode() {
        return Objects.hash(crs, originX, originY, columns, rows, Arrays.hashCode(cellIndex), bandNames);
    }

    @Override
    public String toString() {
        return "PopulationGrid[" + columns + "×" + rows + " " + crs + ", " + cellIndex.length + " cells, bands " + bandNames + "]";
    }
}
