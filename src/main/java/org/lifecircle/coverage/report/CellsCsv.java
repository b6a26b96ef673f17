package org.lifecircle.coverage.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.lifecircle.coverage.Evaluation;
import org.lifecircle.coverage.Study;
import org.lifecircle.coverage.TypeResult;
import org.lifecircle.population.DemandCells;
import org.lifecircle.population.DemandLayer;
import org.lifecircle.population.UnitAssignment;

/**
 * {@code cells.csv}, one row per demand cell. DESIGN.md contract: {@code id,lon,lat,population}
 * then one {@code <type>_seconds} column per evaluated type (empty when unreachable, and
 * empty beyond the search bound: by default each type's search stops at its threshold, so a
 * value is there exactly when the cell is covered; {@code evaluate --search-minutes} extends it); {@code id}
 * is the points file's id for point demand, the raster cell index otherwise. After those:
 * {@code elderly}, {@code on_network} (false beyond the snap distance) and the cell's unit id per
 * admin-unit level ({@code unit_<level>}), and {@code travel_time} ("network" or "straight-line",
 * the same on every row so that the file says it on its own). Streamed, O(cells × types), no
 * per-cell objects.
 */
public final class CellsCsv {

    private CellsCsv() {
    }

    public static void write(Evaluation evaluation, Path file) {
        OutputFiles.writeText(file, out -> write(evaluation, out));
    }

    static void write(Evaluation e, Writer out) throws IOException {
        Study study = e.study();
        DemandCells cells = study.demand();
        List<TypeResult> types = e.types();
        List<UnitAssignment> units = e.unitAssignments();
        StringBuilder sb = new StringBuilder(256);
        sb.append("id,lon,lat,population");
        for (TypeResult t : types) sb.append(',').append(Csv.field(t.type().key() + "_seconds"));
        sb.append(",elderly,on_network");
        for (Study.UnitLevel level : study.unitLevels()) sb.append(',').append(Csv.field("unit_" + level.level()));
        sb.append(",travel_time\n");
        String travelTime = "," + e.travelTime() + "\n";
        out.write(sb.toString());
        boolean hasTotal = cells.has(DemandLayer.TOTAL);
        boolean hasElderly = cells.has(DemandLayer.ELDERLY);
        boolean[] off = new boolean[cells.size()];
        for (int i : e.offNetworkCellIndexes()) off[i] = true;
        for (int i = 0; i < cells.size(); i++) {
            sb.setLength(0);
            sb.append(Csv.field(cells.id(i))).append(',');
            Numbers.append(sb, cells.lon(i), 7);
            sb.append(',');
            Numbers.append(sb, cells.lat(i), 7);
            sb.append(',');
            if (hasTotal) Numbers.append(sb, cells.population(i), 3);
            for (TypeResult t : types) {
                sb.append(',');
                Numbers.append(sb, t.times().seconds(i), 1);
            }
            sb.append(',');
            if (hasElderly) Numbers.append(sb, cells.elderly(i), 3);
            sb.append(',').append(!off[i]);
            for (UnitAssignment a : units) {
                sb.append(',');
                int u = a.unitOfCell()[i];
                if (u >= 0) sb.append(Csv.field(a.units().id(u)));
            }
            sb.append(travelTime);
            out.append(sb);
        }
    }
}
