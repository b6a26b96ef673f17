package org.lifecircle.store;

/**
 * An edit was based on a version that is no longer the current one: another planner saved first.
 * Nothing was written; reload, reapply the edit and save again. (HTTP 409.)
 */
public final class StaleVersionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String what;
    private final long basedOnVersion;
    private final long currentVersion;

    public StaleVersionException(String what, long basedOnVersion, long currentVersion) {
        super(what + " was changed by someone else: the edit is based on version " + basedOnVersion
                + " but the saved version is " + currentVersion + "; reload and apply the edit again");
        this.what = what;
        this.basedOnVersion = basedOnVersion;
        this.currentVersion = currentVersion;
    }

    /** What was edited, e.g. "scenario 'new elder-care' (id 3)". */
    public String what() {
        return what;
    }

    public long basedOnVersion() {
        return basedOnVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
