package org.lifecircle.coverage.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lifecircle.coverage.Evaluation;
import org.lifecircle.coverage.PlaceCoverage;
import org.lifecircle.coverage.Places;
import org.lifecircle.coverage.TypeResult;

/**
 * {@code villages.csv}: one row per village with {@code id,name,lon,lat} (the point times are
 * measured from), {@code served_all} and {@code missing_types} (space-separated type keys), then
 * per required type {@code <type>_served}, {@code <type>_inside} (facilities inside the village
 * polygon), {@code <type>_nearest} (id of the facility nearest in time), {@code <type>_seconds}
 * (empty when none is reached within twice the type's threshold,
 * {@code PlaceCoverage.SEARCH_FACTOR}), {@code <type>_meters} (straight-line distance to the closest
 * facility), and {@code travel_time} ("network" or "straight-line"). Without villages in the
 * project only the header is written. O(villages × types).
 */
public final class VillagesCsv {

    private VillagesCsv() {
    }

    public static void write(Evaluation evaluation, Path file) {
        OutputFiles.writeText(file, out -> write(evaluation, out));
    }

    static void write(Evaluation e, Writer out) throws IOException {
        List<TypeResult> required = e.types().stream().filter(r -> r.villages() != null).toList();
        StringBuilder sb = new StringBuilder("id,name,lon,lat,served_all,missing_types");
        for (TypeResult r : required) {
            String k = r.type().key();
            sb.append(',').append(Csv.field(k + "_served")).append(',').append(Csv.field(k + "_inside"))
                    .append(',').append(Csv.field(k + "_nearest")).append(',').append(Csv.field(k + "_seconds"))
                    .append(',').append(Csv.field(k + "_meters"));
        }
        out.write(sb.append(",travel_time\n").toString());
        Places villages = e.study().villages();
        if (villages == null) return;
        for (int p = 0; p < villages.size(); p++) {
            List<String> missing = new ArrayList<>();
            for (TypeResult r : required) {
                if (!r.villages().places().get(p).served()) missing.add(r.type().key());
            }
            sb.setLength(0);
            sb.append(Csv.field(villages.id(p))).append(',').append(Csv.field(villages.name(p))).append(',');
            Numbers.append(sb, villages.lon(p), 7);
            sb.append(',');
            Numbers.append(sb, villages.lat(p), 7);
            sb.append(',').append(missing.isEmpty()).append(',').append(Csv.field(String.join(" ", missing)));
            for (TypeResult r : required) {
                PlaceCoverage.Status s = r.villages().places().get(p);
                sb.append(',').append(s.served()).append(',').append(s.inside()).append(',');
                if (s.nearest() >= 0) sb.append(Csv.field(r.sites().id(s.nearest())));
                sb.append(',');
                Numbers.append(sb, s.nearestSeconds(), 1);
                sb.append(',');
                Numbers.append(sb, s.closestMeters(), 1);
            }
            out.write(sb.append(',').append(e.travelTime()).append('\n').toString());
        }
    }
}
