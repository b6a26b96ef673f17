package org.lifecircle.siting;

/** Which solver a model runs; each one starts from the previous one's solution. */
public enum SolverKind {
    /** Lazy greedy only. */
    GREEDY,
    /** Lazy greedy, then swap local search (and a short variable-neighbourhood phase). */
    LOCAL,
    /** LOCAL, then an exact MILP (OR-Tools) with the local-search solution as hint. */
    EXACT
}
