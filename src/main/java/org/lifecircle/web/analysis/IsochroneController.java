package org.lifecircle.web.analysis;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.lifecircle.io.InputException;
import org.lifecircle.web.problem.EngineUnavailableException;
import org.lifecircle.web.project.BoundingBox;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Isochrone rings around a point or a facility and the standards table; both need engines. */
@RestController
@Tag(name = "analysis")
public class IsochroneController {

    static final int MAX_MINUTES = 120;

    @GetMapping(path = "/api/isochrones", produces = {"application/geo+json", "application/json"})
    @Operation(summary = "Walking isochrones as GeoJSON polygons (one per minutes value) from a point or a facility")
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
        parseMinutes(minutes);
        throw new EngineUnavailableException("network", "isochrones");
    }

    @GetMapping("/api/standards")
    @Operation(summary = "The standards table: each indicator, its target, the project's value, met or short")
    public Map<String, Object> standards() {
        throw new EngineUnavailableException("facility standards", "the standards table");
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
