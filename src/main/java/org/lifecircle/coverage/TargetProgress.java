package org.lifecircle.coverage;

import java.util.OptionalInt;
import org.lifecircle.facility.CoverageScope;
import org.lifecircle.facility.CoverageTarget;

/**
 * Progress of one coverage target of a type: the share achieved against the target share (by
 * its year when it has one). {@code shortfall} is what is missing to meet it — people for a
 * population target, units or villages for the others — 0 when met. {@code achieved} is NaN when
 * the scope could not be evaluated (no villages or admin units in the project); {@code met} is
 * then false and {@code note} says why.
 */
public record TargetProgress(String typeKey, CoverageTarget target, double achieved, boolean met, double shortfall,
        String note) {

    public CoverageScope scope() {
        return target.scope();
    }

    public double targetShare() {
        return target.share();
    }

    public OptionalInt year() {
        return target.year();
    }

    /** Achieved ÷ target, 0–1 and beyond; NaN when not evaluated. */
    public double progress() {
        return achieved / target.share();
    }

    /** @param achieved share achieved; @param total people, units or villages the share is of */
    static TargetProgress of(String typeKey, CoverageTarget target, double achieved, double total, String note) {
        if (Double.isNaN(achieved)) return new TargetProgress(typeKey, target, Double.NaN, false, Double.NaN, note);
        // a share equal to the target up to rounding meets it
        boolean met = achieved >= target.share() - 1e-12;
        double shortfall = met ? 0 : (target.share() - achieved) * total;
        if (target.scope() != CoverageScope.POPULATION) shortfall = Math.ceil(shortfall - 1e-9);
        return new TargetProgress(typeKey, target, achieved, met, shortfall, note);
    }
}
