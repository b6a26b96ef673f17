package org.lifecircle.network.traveltime;

import java.util.Arrays;

/**
 * The fallback {@link TravelTimeModel} when no street network is given (DESIGN.md): time is the
 * ellipsoidal straight-line distance between the points walked at the same speed. Every point is
 * "on network"; results are flagged {@code networkBased = false}.
 *
 * <p>Costs: {@link #nearest} builds a grid over the sources, O(S), then a ring search per target;
 * {@link #forEachSource} builds a grid over the targets and visits the cells within the limit's
 * radius for each source (all targets when there is no limit), on {@code threads} threads.
 */
public final class StraightLineTravelTimes implements TravelTimeModel {

    private final int threads;

    public StraightLineTravelTimes() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public StraightLineTravelTimes(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
        this.threads = threads;
    }

    @Override
    public boolean networkBased() {
        return false;
    }

    @Override
    public Locations locate(double[] lon, double[] lat) {
        if (lon.length != lat.length) throw new IllegalArgumentException("lon and lat differ in length");
        return new Locations(this, lon, lat, null);
    }

    private static double metersPerSecond(double speedKmh) {
        if (!(speedKmh > 0) || Double.isInfinite(speedKmh)) {
            throw new IllegalArgumentException("speed must be a positive number of km/h, got " + speedKmh);
        }
        return speedKmh / 3.6;
    }

    @Override
    public NearestTimes nearest(Locations sources, Locations targets, double speedKmh, double limitSeconds) {
        sources.checkOwner(this, "sources");
        targets.checkOwner(this, "targets");
        double mps = metersPerSecond(speedKmh);
        double maxMeters = limitSeconds * mps;
        PointGrid grid = new PointGrid(sources.lonArray(), sources.latArray());
        int n = targets.size();
        float[] seconds = new float[n];
        int[] nearest = new int[n];
        Arrays.fill(seconds, Float.POSITIVE_INFINITY);
        Arrays.fill(nearest, -1);
        double[] meters = new double[1];
        for (int t = 0; t < n; t++) {
            int s = grid.nearest(targets.lon(t), targets.lat(t), maxMeters, meters);
            if (s < 0) continue;
            double secs = meters[0] / mps;
            if (secs > limitSeconds) continue;
            seconds[t] = (float) secs;
            nearest[t] = s;
        }
        return new NearestTimes(seconds, nearest, false);
    }

    @Override
    public void forEachSource(Locations sources, Locations targets, double speedKmh, double limitSeconds, ReachSink sink) {
        sources.checkOwner(this, "sources");
        targets.checkOwner(this, "targets");
        double mps = metersPerSecond(speedKmh);
        double radiusMeters = limitSeconds * mps;
        PointGrid grid = new PointGrid(targets.lonArray(), targets.latArray());
        OrderedSourceRunner.run(sources.size(), threads, () -> s -> {
            TargetBuffer found = new TargetBuffer();
            grid.within(sources.lon(s), sources.lat(s), radiusMeters, (p, meters) -> {
                double secs = meters / mps;
                if (secs <= limitSeconds) found.add(p, (float) secs);
            });
            return found.sortedResult();
        }, sink);
    }

    /** (target, seconds) pairs of one source, returned sorted by target. */
    private static final class TargetBuffer {
        private long[] packed = new long[64];
        private int size;

        void add(int target, float seconds) {
            if (size == packed.length) packed = Arrays.copyOf(packed, size * 2);
            packed[size++] = ((long) target << 32) | (Float.floatToRawIntBits(seconds) & 0xFFFFFFFFL);
        }

        OrderedSourceRunner.Result sortedResult() {
            Arrays.sort(packed, 0, size);
            int[] targets = new int[size];
            float[] seconds = new float[size];
            for (int k = 0; k < size; k++) {
                targets[k] = (int) (packed[k] >>> 32);
                seconds[k] = Float.intBitsToFloat((int) packed[k]);
            }
            return new OrderedSourceRunner.Result(size, targets, seconds);
        }
    }
}
