package org.lifecircle.network.isochrone;

import java.util.List;
import java.util.Locale;
import org.lifecircle.io.InputException;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.linking.SnappedPoints;
import org.lifecircle.network.linking.Snapper;
import org.lifecircle.network.search.EdgeCosts;

/**
 * The isochrone use case shared by {@code isochrone} and {@code GET /api/isochrones}: snaps the
 * request's origin, runs one bounded search to its largest minute value and builds the polygons
 * ({@link IsochroneBuilder}), nested or as rings. A start farther from the streets than the
 * request allows is an {@link InputException} on the origin's field. Cost: one snap,
 * O(log E), plus {@link IsochroneBuilder#nested}.
 */
public final class Isochrones {

    /**
     * @param snapMeters distance from the origin to the street it was snapped to
     */
    public record Result(IsochroneRequest request, double snapMeters, List<Isochrone> isochrones) {
    }

    private Isochrones() {
    }

    public static Result build(StreetNetwork network, Snapper snapper, IsochroneRequest request) {
        IsochroneRequest.Origin origin = request.origin();
        SnappedPoints start = snapper.snap(origin.lon(), origin.lat(), request.maxSnapMeters());
        if (!start.onNetwork(0)) {
            double meters = start.connectorMeters(0);
            throw InputException.of(origin.field(), String.format(Locale.ROOT, "%s is %s from the nearest walkable street (max %.0f m)",
                    origin.label(), Double.isFinite(meters) ? String.format(Locale.ROOT, "%.0f m", meters) : "far",
                    request.maxSnapMeters()));
        }
        EdgeCosts costs = EdgeCosts.walking(network, request.speedKmh());
        List<Isochrone> nested = new IsochroneBuilder(network, request.bufferMeters())
                .nested(start, 0, costs, request.minutesArray());
        return new Result(request, start.connectorMeters(0), request.rings() ? IsochroneBuilder.rings(nested) : nested);
    }
}
