package org.lifecircle.store.layer;

/** What a stored layer holds; the store treats every kind alike, the kind tells the engines. */
public enum LayerKind {
    FACILITIES, CANDIDATES, VILLAGES, UNITS, NETWORK, POPULATION, POPULATION_GRID, RESULT, OTHER
}
