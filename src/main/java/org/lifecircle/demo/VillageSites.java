package org.lifecircle.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Where the twelve administrative villages (行政村) lie: one per 30° sector around the town,
 * at least 1.2 km outside the town frame, 0.8 km inside the study area and 0.5 km from the river.
 * O(villages).
 */
final class VillageSites {

    static final String[] NAMES = {"桃源村", "石门村", "汪村", "龙湾村", "枫林村", "上溪村", "下溪村", "茶园村", "黄村",
        "柏树村", "凤山村", "竹溪村"};

    /** A village centre in local metres. */
    record Site(int index, String id, String name, double x, double y) {
    }

    private final List<Site> sites = new ArrayList<>();

    VillageSites(River river, double[] studyBox, Random rnd) {
        for (int k = 0; k < NAMES.length; k++) {
            double angle = StrictMath.toRadians(15 + 30 * k + (rnd.nextDouble() * 2 - 1) * 7);
            double dx = StrictMath.cos(angle);
            double dy = StrictMath.sin(angle);
            double leaveTown = exit(dx, dy, TownLayout.X_MIN, TownLayout.Y_MIN, TownLayout.X_MAX, TownLayout.Y_MAX);
            double leaveStudy = exit(dx, dy, studyBox[0], studyBox[1], studyBox[2], studyBox[3]);
            double r0 = leaveTown + 1200;
            double r1 = leaveStudy - 800;
            double r = r0 + rnd.nextDouble() * StrictMath.max(0, r1 - r0);
            double x = r * dx;
            double y = r * dy;
            double gap = y - river.centerY(x);
            if (StrictMath.abs(gap) < 500 + River.HALF_WIDTH_METERS) {
                y = river.centerY(x) + (gap >= 0 ? 1 : -1) * (500 + River.HALF_WIDTH_METERS);
            }
            sites.add(new Site(k, String.format("V%02d", k + 1), NAMES[k], x, y));
        }
    }

    /** Distance along the ray from the origin in direction (dx, dy) to the edge of a box around the origin. */
    private static double exit(double dx, double dy, double xMin, double yMin, double xMax, double yMax) {
        double tx = dx > 0 ? xMax / dx : dx < 0 ? xMin / dx : Double.MAX_VALUE;
        double ty = dy > 0 ? yMax / dy : dy < 0 ? yMin / dy : Double.MAX_VALUE;
        return StrictMath.min(tx, ty);
    }

    List<Site> sites() {
        return sites;
    }

    /** The village whose centre is nearest to the point. */
    Site nearest(double x, double y) {
        Site best = null;
        double bestD = Double.MAX_VALUE;
        for (Site s : sites) {
            double d = StrictMath.hypot(s.x() - x, s.y() - y);
            if (d < bestD) {
                bestD = d;
                best = s;
            }
        }
        return best;
    }
}
