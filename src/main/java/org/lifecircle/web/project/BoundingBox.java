package org.lifecircle.web.project;

import org.lifecircle.io.InputException;
import org.locationtech.jts.geom.Envelope;

/** Parses the {@code bbox=minLon,minLat,maxLon,maxLat} request parameter (WGS84 degrees) into an envelope. */
public final class BoundingBox {

    private BoundingBox() {
    }

    /** Null for a missing or blank parameter; {@link InputException} naming {@code field} for anything malformed. */
    public static Envelope parse(String field, String text) {
        if (text == null || text.isBlank()) return null;
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw InputException.of(field, "expected minLon,minLat,maxLon,maxLat but got " + parts.length + " value(s)");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw InputException.of(field, "value " + (i + 1) + " '" + parts[i].trim() + "' is not a number");
            }
            if (!Double.isFinite(v[i])) throw InputException.of(field, "value " + (i + 1) + " is not finite");
        }
        checkRange(field, "minLon", v[0], 180);
        checkRange(field, "minLat", v[1], 90);
        checkRange(field, "maxLon", v[2], 180);
        checkRange(field, "maxLat", v[3], 90);
        if (v[0] > v[2]) throw InputException.of(field, "minLon " + v[0] + " is greater than maxLon " + v[2]);
        if (v[1] > v[3]) throw InputException.of(field, "minLat " + v[1] + " is greater than maxLat " + v[3]);
        return new Envelope(v[0], v[2], v[1], v[3]);
    }

    /** Lon/lat of a point, checked to lie on the globe. */
    public static void checkLonLat(double lon, double lat) {
        if (!Double.isFinite(lon) || Math.abs(lon) > 180) throw InputException.of("lon", "must be between -180 and 180, got " + lon);
        if (!Double.isFinite(lat) || Math.abs(lat) > 90) throw InputException.of("lat", "must be between -90 and 90, got " + lat);
    }

    private static void checkRange(String field, String name, double value, double limit) {
        if (Math.abs(value) > limit) {
            throw InputException.of(field, name + " " + value + " is outside -" + (int) limit + ".." + (int) limit);
        }
    }
}
