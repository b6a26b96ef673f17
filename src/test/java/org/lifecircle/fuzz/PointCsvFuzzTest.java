package org.lifecircle.fuzz;

import static org.lifecircle.fuzz.ReaderProperty.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lifecircle.io.PointCsvReader;
import org.lifecircle.io.PointRecord;

/**
 * FEATURE UNDER TEST: {@link PointCsvReader} on arbitrary bytes. The first byte picks the CRS
 * and the weight column the caller declares (see {@link #CRS} and {@link #WEIGHT}); the rest is
 * the file. Property: the points are valid WGS84 (finite, in range, unique non-empty ids,
 * finite non-negative weights, rows increasing) or the reader throws an InputException naming
 * the file. Seeds and regression inputs: {@code PointCsvFuzzTestInputs/}.
 */
class PointCsvFuzzTest {

    static final String[] CRS = {null, null, "EPSG:4547", "GCJ-02", "BD-09", "EPSG:4490", "EPSG:32650", "nonsense"};
    static final String[] WEIGHT = {null, "population"};

    private final Path folder = FuzzFiles.folder("csv");

    @FuzzTest
    void pointCsv(byte[] data) {
        if (data.length == 0) return;
        int selector = data[0] & 0xFF;
        String crs = CRS[selector % CRS.length];
        String weight = WEIGHT[(selector / CRS.length) % WEIGHT.length];
        Path file = FuzzFiles.write(folder, "points.csv", Arrays.copyOfRange(data, 1, data.length));
        List<PointRecord> points = ReaderProperty.readOrReject(file, () -> PointCsvReader.read(file, crs, weight));
        if (points != null) checkPoints(points);
    }

    private static void checkPoints(List<PointRecord> points) {
        check(!points.isEmpty(), "no points and no InputException");
        Set<String> ids = new HashSet<>();
        int lastRow = 0;
        for (PointRecord p : points) {
            check(p.id() != null && !p.id().isBlank(), "blank id at row " + p.row());
            check(ids.add(p.id()), "duplicate id " + p.id());
            check(Double.isFinite(p.lon()) && Math.abs(p.lon()) <= 180, "longitude " + p.lon() + " at row " + p.row());
            check(Double.isFinite(p.lat()) && Math.abs(p.lat()) <= 90, "latitude " + p.lat() + " at row " + p.row());
            check(Double.isFinite(p.weight()) && p.weight() >= 0, "weight " + p.weight() + " at row " + p.row());
            check(p.row() > lastRow, "row " + p.row() + " after row " + lastRow);
            lastRow = p.row();
        }
    }
}
