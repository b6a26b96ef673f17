package org.lifecircle.web.problem;

/**
 * The request needs an analysis engine that this build does not wire in yet (network, coverage,
 * siting …). The API answers 501 with the engine named, rather than a made-up result.
 */
public final class EngineUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String engine;

    public EngineUnavailableException(String engine, String what) {
        super(what + " needs the " + engine + " engine, which is not available in this build yet");
        this.engine = engine;
    }

    public String engine() {
        return engine;
    }
}
