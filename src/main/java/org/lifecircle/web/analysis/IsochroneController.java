package org.lifecircle.web.analysis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lifecircle.coverage.TypeSpec;
import org.lifecircle.facility.Facilities;
import org.lifecircle.io.InputException;
import org.lifecircle.network.StreetNetwork;
import org.lifecircle.network.isochrone.Isochrone;
import org.lifecircle.network.isochrone.IsochroneBuilder;
import org.lifecircle.network.linking.SnappedPoints;
import org.lifecircle.network.linking.Snapper;
import org.lifecircle.network.search.EdgeCosts;
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
 * Walking isochrones around a point or a facility: one bounded search from the snapped start,
 * O((V + E) log V) within the largest limit, then one buffered polygon per minutes value.
 */
@RestController
@Tag(name = "analysis")
public class IsochroneController {

    static final int MAX_MINUTES = 120;

    private final SessionHolder holder;

    public IsochroneController(SessionHolder holder) {
        this.holder = holder;
    }

    @GetMapping(path = "/api/isochrones", produces = {"application/geo+json", "application/json"})
    @Operation(summary = "Walking isochrones as GeoJSON polygons (one per minutes value, nested) from a point or a facility")
    public Map<String, Object> isochrones(
            @Parameter(description = "longitude of the start point") @RequestParam(required = false) Double lon,
            @Parameter(description = "latitude of the start point") @RequestParam(required = false) Double lat,
            @Parameter(description = "facility id instead of a point") @RequestParam(required = false) String facility,
            @Parameter(description = "comma-separated minutes, e.g. 5,10,15") @RequestParam(defaultValue = "5,10,15") String minutes) {
        if (facility == null) {
            if (lon == null) throw InputException.of("lon", "required unless facility is given");
            if (lat == null) throw InputException.of("lat", "required unless facility is given");
            BoundingBox.checkLonLat(lon, lat);
        } else if (lon != null || lat != null) {
            throw InputException.of("facility", "give either facility or lon/lat, not both");
        }
        int[] limits = parseMinutes(minutes);
        ProjectSession session = holder.session()
                .orElseThrow(() -> new EngineUnavailableException("network", "isochrones (" + holder.status() + ")"));
        StreetNetwork network = session.network()
                .orElseThrow(() -> new EngineUnavailableException("network", "isochrones: the project has no road network"));
        Snapper snapper = session.snapper().orElseThrow();
        double speedKmh = session.speedKmh();
        double startLon;
        double startLat;
        String from;
        if (facility != null) {
            Facilities f = session.study().facilities();
            int index = -1;
            for (int i = 0; i < f.size() && index < 0; i++) {
                if (f.id(i).equals(facility)) index = i;
            }
            if (index < 0) throw new UnknownIdException("facility", facility);
            startLon = f.lon(index);
            startLat = f.lat(index);
            String typeKey = f.type(index).key();
            for (TypeSpec t : session.study().types()) {
                if (t.key().equals(typeKey)) speedKmh = t.speedKmh();
            }
            from = facility;
        } else {
            startLon = lon;
            startLat = lat;
            from = String.format(Locale.ROOT, "%.6f,%.6f", lon, lat);
        }
        SnappedPoints start = snapper.snap(startLon, startLat, Snapper.DEFAULT_MAX_SNAP_METERS);
        if (!start.onNetwork(0)) {
            throw InputException.of(facility != null ? "facility" : "lon", String.format(Locale.ROOT,
                    "%s is more than %.0f m from the nearest walkable street", from, Snapper.DEFAULT_MAX_SNAP_METERS));
        }
        double[] asDouble = new double[limits.length];
        for (int i = 0; i < limits.length; i++) asDouble[i] = limits[i];
        List<Isochrone> nested = new IsochroneBuilder(network, IsochroneBuilder.DEFAULT_BUFFER_METERS)
                .nested(start, 0, EdgeCosts.walking(network, speedKmh), asDouble);
        List<MapFeature> features = new ArrayList<>();
        for (Isochrone iso : nested) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("minutes", iso.minutes());
            p.put("method", "network");
            p.put("speedKmh", speedKmh);
            p.put("streetLengthMeters", Math.round(iso.streetLengthMeters()));
            p.put("areaM2", Math.round(iso.areaM2()));
            features.add(new MapFeature(from + "@" + (int) iso.minutes(), iso.polygon(), p));
        }
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("from", from);
        members.put("snapMeters", Math.round(start.connectorMeters(0) * 10) / 10.0);
        return GeoJson.featureCollection(features, members);
    }

    static int[] parseMinutes(String text) {
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
        return out;
    }
}
