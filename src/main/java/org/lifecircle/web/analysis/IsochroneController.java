package org.lifecircle.web.analysis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lifecircle.io.InputException;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.isochrone.Isochrone;
import org.lifecircle.network.isochrone.IsochroneBuilder;
import org.lifecircle.network.isochrone.IsochroneRequest;
import org.lifecircle.network.isochrone.Isochrones;
import org.lifecircle.network.linking.Snapper;
import org.lifecircle.study.FacilityOrigins;
import org.lifecircle.web.limits.CostLimits;
import org.lifecircle.web.problem.EngineUnavailableException;
import org.lifecircle.web.problem.UnknownIdException;
import org.lifecircle.web.project.BoundingBox;
import org.lifecircle.web.project.GeoJson;
import org.lifecircle.web.project.MapFeature;
import org.lifecircle.web.session.ProjectSession;
import org.lifecircle.web.session.SessionHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/isochrones}: translates the query into an {@link IsochroneRequest} (a point,
 * or a facility at its type's speed through {@link FacilityOrigins}) and answers the
 * {@link Isochrones} use case as GeoJSON. At most {@code lifecircle.limits.isochrones.max-cutoffs}
 * minute values; cost as {@link Isochrones#build}, bounded by the expensive-read time budget.
 */
@RestController
@Tag(name = "analysis")
public class IsochroneController {

    static final int MAX_MINUTES = (int) IsochroneRequest.MAX_MINUTES;

    private final SessionHolder holder;
    private final int maxCutoffs;

    public IsochroneController(SessionHolder holder, CostLimits limits) {
        this.holder = holder;
        this.maxCutoffs = limits.isochrones().maxCutoffs();
    }

    @GetMapping(path = "/api/isochrones", produces = {"application/geo+json", "application/json"})
    @Operation(summary = "Walking isochrones as GeoJSON polygons (one per minutes value, nested or rings) from a point or a facility")
    public Map<String, Object> isochrones(
            @Parameter(description = "longitude of the start point") @RequestParam(required = false) Double lon,
            @Parameter(description = "latitude of the start point") @RequestParam(required = false) Double lat,
            @Parameter(description = "facility id instead of a point") @RequestParam(required = false) String facility,
            @Parameter(description = "comma-separated minutes, e.g. 5,10,15") @RequestParam(defaultValue = "5,10,15") String minutes,
            @Parameter(description = "travel mode; only walk for now") @RequestParam(defaultValue = IsochroneRequest.WALK) String mode,
            @Parameter(description = "bands between consecutive minutes instead of nested polygons") @RequestParam(defaultValue = "false") boolean rings) {
        if (facility == null) {
            if (lon == null) throw InputException.of("lon", "required unless facility is given");
            if (lat == null) throw InputException.of("lat", "required unless facility is given");
            BoundingBox.checkLonLat(lon, lat);
        } else if (lon != null || lat != null) {
            throw InputException.of("facility", "give either facility or lon/lat, not both");
        }
        List<Double> limits = parseMinutes(minutes);
        ProjectSession session = holder.session()
                .orElseThrow(() -> new EngineUnavailableException("network", "isochrones (" + holder.status() + ")"));
        StreetNetwork network = session.network()
                .orElseThrow(() -> new EngineUnavailableException("network", "isochrones: the project has no road network"));
        IsochroneRequest.Origin origin;
        double speedKmh;
        if (facility != null) {
            FacilityOrigins.FacilityOrigin found = FacilityOrigins.find(session.study(), facility, "facility", session.speedKmh())
                    .orElseThrow(() -> new UnknownIdException("facility", facility));
            origin = found.origin();
            speedKmh = found.speedKmh();
        } else {
            origin = new IsochroneRequest.Origin("lon", String.format(Locale.ROOT, "%.6f,%.6f", lon, lat), lon, lat);
            speedKmh = session.speedKmh();
        }
        IsochroneRequest request = new IsochroneRequest(origin, limits, speedKmh, mode, rings,
                IsochroneBuilder.DEFAULT_BUFFER_METERS, Snapper.DEFAULT_MAX_SNAP_METERS);
        request.checkCutoffs(maxCutoffs, CostLimits.MAX_CUTOFFS);
        Isochrones.Result result = Isochrones.build(network, session.snapper().orElseThrow(), request);
        List<MapFeature> features = new ArrayList<>();
        for (Isochrone iso : result.isochrones()) {
            Map<String, Object> p = new LinkedHashMap<>();
            if (rings) p.put("fromMinutes", iso.fromMinutes());
            p.put("minutes", iso.minutes());
            p.put("method", "network");
            p.put("speedKmh", speedKmh);
            p.put("streetLengthMeters", Math.round(iso.streetLengthMeters()));
            p.put("areaM2", Math.round(iso.areaM2()));
            features.add(new MapFeature(origin.label() + "@" + (int) iso.minutes(), iso.polygon(), p));
        }
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("from", origin.label());
        members.put("snapMeters", Math.round(result.snapMeters() * 10) / 10.0);
        return GeoJson.featureCollection(features, members);
    }

    /** Whole minutes between 1 and {@link #MAX_MINUTES}, comma-separated: the API's spelling of the minutes list. */
    static List<Double> parseMinutes(String text) {
        String[] parts = text.split(",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw InputException.of("minutes", "'" + parts[i].trim() + "' is not a whole number of minutes");
            }
            if (out[i] < 1 || out[i] > MAX_MINUTES) {
                throw InputException.of("minutes", "each value must be between 1 and " + MAX_MINUTES + ", got " + out[i]);
            }
        }
        return Arrays.stream(out).asDoubleStream().boxed().toList();
    }
}
