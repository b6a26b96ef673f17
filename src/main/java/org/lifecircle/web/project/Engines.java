package org.lifecircle.web.project;

/**
 * Which analyses this server can run, so the UI offers only what works and says what is
 * missing. Each flag turns true when the corresponding engine is wired into the web layer.
 */
public record Engines(boolean coverage, boolean pointCheck, boolean isochrones, boolean siting,
                      boolean scenarios, boolean standards, boolean exports, boolean uploads) {

    /** No engine wired: the web layer serves the project's raw layers only. */
    public static Engines none() {
        return new Engines(false, false, false, false, false, false, false, false);
    }
}
