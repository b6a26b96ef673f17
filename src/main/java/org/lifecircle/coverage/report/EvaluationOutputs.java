package org.lifecircle.coverage.report;

import java.nio.file.Path;
import java.util.List;
import org.lifecircle.coverage.Evaluation;

/**
 * Writes every output of {@code evaluate} into a folder (DESIGN.md): {@code summary.json},
 * {@code cells.csv}, {@code villages.csv}, {@code gaps.geojson}, {@code catchments.geojson} and
 * {@code report.html}, each atomically.
 */
public final class EvaluationOutputs {

    public static final List<String> FILES = List.of("summary.json", "cells.csv", "villages.csv", "gaps.geojson",
            "catchments.geojson", "report.html");

    private EvaluationOutputs() {
    }

    /** Writes all outputs into {@code folder} (created when missing) and returns their paths. */
    public static List<Path> writeAll(Evaluation evaluation, Path folder) {
        Path summary = folder.resolve("summary.json");
        Path cells = folder.resolve("cells.csv");
        Path villages = folder.resolve("villages.csv");
        Path gaps = folder.resolve("gaps.geojson");
        Path catchments = folder.resolve("catchments.geojson");
        Path report = folder.resolve("report.html");
        SummaryJson.write(evaluation, summary);
        CellsCsv.write(evaluation, cells);
        VillagesCsv.write(evaluation, villages);
        GeoJsonLayers.writeGaps(evaluation, gaps);
        GeoJsonLayers.writeCatchments(evaluation, catchments);
        ReportHtml.write(evaluation, report);
        return List.of(summary, cells, villages, gaps, catchments, report);
    }
}
