package org.lifecircle.planning;

import org.lifecircle.siting.SolverKind;

/**
 * The defaults of a site-selection run, the same for the web and the command line (before #15 they
 * differed):
 * <ul>
 * <li>{@link #SPACING_METERS} 100 m between generated candidates, for gap areas, the whole street
 * network and candidate areas alike (the web used 200 m over all streets): 100 m is about 80 s of
 * walking at 4.5 km/h, small against the 5–15 minute thresholds, and it was already the command
 * line's documented {@code --spacing} and the web's gap spacing. Cost matrices grow linearly with
 * the candidate count, so a coarser spacing is a request option ({@code spacingMeters}), not a
 * second default.</li>
 * <li>{@link #CURVE_MAX} 0: the coverage curve runs up to the chosen number of sites (the command
 * line's documented {@code --curve-max} default, guarded by its tests; the web used max(p, 10)).
 * Computing a longer curve costs more greedy and swap rounds, so it is asked for explicitly
 * ({@code curveMax}; the web page asks for max(p, 10) to draw its chart).</li>
 * <li>{@link #SOLVER} local search, {@link #TIME_LIMIT_SECONDS} 60 s for the exact solver and the
 * improvement phase (capped by a web job's remaining time), {@link #SEED} 1.</li>
 * <li>{@link #MAX_P} 1000 new sites at most, and a curve at most as long (the web's bound; each
 * site is a greedy round over all candidates); {@link #MIN_SPACING_METERS} 10 m between generated
 * candidates at least (their count grows with the inverse of the spacing).</li>
 * </ul>
 */
public final class SitingDefaults {

    public static final double SPACING_METERS = 100;
    public static final int CURVE_MAX = 0;
    public static final SolverKind SOLVER = SolverKind.LOCAL;
    public static final double TIME_LIMIT_SECONDS = 60;
    public static final long SEED = 1;
    public static final int MAX_P = 1000;
    public static final double MIN_SPACING_METERS = 10;

    private SitingDefaults() {
    }
}
