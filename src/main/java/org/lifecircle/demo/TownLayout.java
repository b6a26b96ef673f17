package org.lifecircle.demo;

import java.util.Random;

/**
 * The plan of the town: a 15 × 12 grid of 400 m blocks (6 × 4.8 km) between arterial streets,
 * each block with a {@link District} and a {@link BlockKind}, and the jittered positions of the
 * arterial junctions (moved off the river). The old town is an ellipse on the north bank, the
 * new districts are superblocks north-east and across the river. O(blocks) to build.
 */
final class TownLayout {

    static final double BLOCK_METERS = 400;
    static final double X_MIN = -3000;
    static final double Y_MIN = -2400;
    static final int BLOCKS_X = 15;
    static final int BLOCKS_Y = 12;
    static final double X_MAX = X_MIN + BLOCKS_X * BLOCK_METERS;
    static final double Y_MAX = Y_MIN + BLOCKS_Y * BLOCK_METERS;

    /** Arterial columns that cross the river on a bridge, and the bridges' names. */
    static final int[] BRIDGE_COLUMNS = {4, 8, 12};
    static final String[] BRIDGE_NAMES = {"状元桥", "清溪大桥", "新城大桥"};
    static final int MAIN_ROW = 7;
    static final int MAIN_COLUMN = 8;

    static final String[] ROW_NAMES = {"南环路", "工业大道", "城南大道", "育才路", "南湖路", "滨江南路", "滨江路",
        "人民路", "解放路", "中山路", "和平路", "北门路", "北环路"};
    static final String[] COLUMN_NAMES = {"西环路", "环城西路", "鼓楼街", "文化路", "状元街", "府前街", "县前街",
        "新安路", "迎宾大道", "东风路", "朝阳路", "友谊路", "光明路", "花园路", "幸福路", "东环路"};

    private static final double OLD_X = -1000;
    private static final double OLD_Y = 450;
    private static final double OLD_RX = 1100;
    private static final double OLD_RY = 750;

    private final River river;
    private final double[] nodeX = new double[(BLOCKS_X + 1) * (BLOCKS_Y + 1)];
    private final double[] nodeY = new double[(BLOCKS_X + 1) * (BLOCKS_Y + 1)];
    private final District[] district = new District[BLOCKS_X * BLOCKS_Y];
    private final BlockKind[] kind = new BlockKind[BLOCKS_X * BLOCKS_Y];

    TownLayout(River river, Random rnd) {
        this.river = river;
        for (int j = 0; j <= BLOCKS_Y; j++) {
            for (int i = 0; i <= BLOCKS_X; i++) {
                double x = X_MIN + i * BLOCK_METERS + jitter(rnd, 25);
                double y = Y_MIN + j * BLOCK_METERS + jitter(rnd, 25);
                double ry = river.centerY(x);
                if (StrictMath.abs(y - ry) < River.HALF_WIDTH_METERS + 30) {
                    y = ry + (y >= ry ? 1 : -1) * (River.HALF_WIDTH_METERS + 35);
                }
                nodeX[node(i, j)] = x;
                nodeY[node(i, j)] = y;
            }
        }
        for (int j = 0; j < BLOCKS_Y; j++) {
            for (int i = 0; i < BLOCKS_X; i++) {
                double cx = X_MIN + (i + 0.5) * BLOCK_METERS;
                double cy = Y_MIN + (j + 0.5) * BLOCK_METERS;
                District d = classify(cx, cy, river.bank(cx, cy));
                district[block(i, j)] = d;
                kind[block(i, j)] = kindFor(d, blockTouchesWater(i, j), rnd);
            }
        }
    }

    private static double jitter(Random rnd, double amplitude) {
        return (rnd.nextDouble() * 2 - 1) * amplitude;
    }

    private static District classify(double cx, double cy, int bank) {
        double ex = (cx - OLD_X) / OLD_RX;
        double ey = (cy - OLD_Y) / OLD_RY;
        double e = ex * ex + ey * ey;
        if (bank > 0 && e <= 1) return District.OLD_TOWN;
        if (bank > 0 && e <= 2.2 && cx < 200) return District.MIXED;
        if (bank > 0 && cx >= 200 && cx <= 2600 && cy <= 1600) return District.NEW_NORTH;
        if (bank < 0 && cx >= -600 && cx <= 1800 && cy >= -1700) return District.NEW_SOUTH;
        return District.OUTSKIRTS;
    }

    private static BlockKind kindFor(District d, boolean touchesWater, Random rnd) {
        switch (d) {
            case OLD_TOWN:
                return BlockKind.LANES;
            case MIXED:
                return BlockKind.GRID;
            case NEW_NORTH:
            case NEW_SOUTH: {
                double u = rnd.nextDouble();
                if (touchesWater) return BlockKind.OPEN;
                if (u < 0.60) return BlockKind.COMPOUND;
                if (u < 0.80) return BlockKind.TWO_COMPOUNDS;
                if (u < 0.88) return BlockKind.PARK;
                return BlockKind.OPEN;
            }
            default:
                return BlockKind.OPEN;
        }
    }

    private boolean blockTouchesWater(int i, int j) {
        for (int a = 0; a <= 8; a++) {
            double x = X_MIN + (i + a / 8.0) * BLOCK_METERS;
            double ry = river.centerY(x);
            if (ry + River.HALF_WIDTH_METERS > Y_MIN + j * BLOCK_METERS - 40
                    && ry - River.HALF_WIDTH_METERS < Y_MIN + (j + 1) * BLOCK_METERS + 40) {
                return true;
            }
        }
        return false;
    }

    static int node(int i, int j) {
        return j * (BLOCKS_X + 1) + i;
    }

    static int block(int i, int j) {
        return j * BLOCKS_X + i;
    }

    double nodeX(int i, int j) {
        return nodeX[node(i, j)];
    }

    double nodeY(int i, int j) {
        return nodeY[node(i, j)];
    }

    District district(int i, int j) {
        return district[block(i, j)];
    }

    BlockKind kind(int i, int j) {
        return kind[block(i, j)];
    }

    static boolean inTown(double x, double y) {
        return x >= X_MIN && x < X_MAX && y >= Y_MIN && y < Y_MAX;
    }

    /** The district of a point inside the town frame, on its own bank of the river. */
    District districtAt(double x, double y) {
        int i = (int) StrictMath.floor((x - X_MIN) / BLOCK_METERS);
        int j = (int) StrictMath.floor((y - Y_MIN) / BLOCK_METERS);
        double cx = X_MIN + (i + 0.5) * BLOCK_METERS;
        double cy = Y_MIN + (j + 0.5) * BLOCK_METERS;
        return classify(cx, cy, river.bank(x, y));
    }

    /** The block kind at a point inside the town frame (OPEN when the point is across the river from the block). */
    BlockKind kindAt(double x, double y) {
        int i = (int) StrictMath.floor((x - X_MIN) / BLOCK_METERS);
        int j = (int) StrictMath.floor((y - Y_MIN) / BLOCK_METERS);
        if (districtAt(x, y) != district(i, j)) return BlockKind.OPEN;
        return kind(i, j);
    }

    /** 0 at the centre of the old town, 1 on its edge. */
    static double oldTownRadius(double x, double y) {
        double ex = (x - OLD_X) / OLD_RX;
        double ey = (y - OLD_Y) / OLD_RY;
        return StrictMath.sqrt(ex * ex + ey * ey);
    }

    /** The arterial row of a river bridge column: the block side {@code (col, j)–(col, j+1)} that crosses it. */
    int bridgeRow(int column) {
        for (int j = 0; j < BLOCKS_Y; j++) {
            double x0 = nodeX(column, j);
            double x1 = nodeX(column, j + 1);
            if (river.bank(x0, nodeY(column, j)) < 0 && river.bank(x1, nodeY(column, j + 1)) > 0) return j;
        }
        throw new IllegalStateException("bridge column " + column + " does not cross the river");
    }
}
