package org.lifecircle.web.problem;

/** A request named something that does not exist (a job, a layer, a facility type …); the API answers 404. */
public final class UnknownIdException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String id;

    public UnknownIdException(String kind, String id) {
        super("unknown " + kind + " '" + id + "'");
        this.kind = kind;
        this.id = id;
    }

    /** What was looked up: "job", "layer", "type" … */
    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
