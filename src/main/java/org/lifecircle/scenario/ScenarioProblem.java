package org.lifecircle.scenario;

/**
 * Why a scenario cannot be applied: {@code modification} is the 1-based position of the edit
 * (0 for the baseline itself), with the facility concerned and the reason.
 */
public record ScenarioProblem(int modification, String kind, String facilityId, String reason) {

    @Override
    public String toString() {
        String where = modification == 0 ? "baseline" : "modification " + modification + " (" + kind + ")";
        return where + (facilityId == null ? "" : " facility '" + facilityId + "'") + ": " + reason;
    }
}
