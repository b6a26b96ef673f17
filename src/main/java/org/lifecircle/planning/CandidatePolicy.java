package org.lifecircle.planning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.lifecircle.io.InputException;
import org.lifecircle.io.VectorFeature;
import org.lifecircle.io.VectorReader;
import org.locationtech.jts.geom.Geometry;

/**
 * Where the candidate sites of a run come from, the one policy of the web and the command line:
 * {@code GAPS} (street points every {@code spacingMeters} within {@code spacingMeters} of a demand
 * cell the type does not cover; the default), {@code STREETS} (street points every
 * {@code spacingMeters} over the study area), {@code FILE} (a point CSV / GeoJSON / GeoPackage) or
 * {@code AREAS} (street points every {@code spacingMeters} inside a polygon layer); then every
 * candidate inside an exclusion polygon is dropped. {@link #label()} is how runs record it
 * ({@code gaps}, {@code streets}, {@code file:NAME}, {@code areas:NAME}). Building the points is
 * {@link SiteSelection}'s job; this record only says which.
 *
 * @param crs CRS of the files that carry none (null = WGS84 or as the file says)
 */
public record CandidatePolicy(Source source, Path file, String crs, double spacingMeters, List<Path> exclusions) {

    /** Kinds of candidate source. */
    public enum Source { GAPS, STREETS, FILE, AREAS }

    public CandidatePolicy {
        if (source == null) throw new IllegalArgumentException("source");
        if ((source == Source.FILE || source == Source.AREAS) != (file != null)) {
            throw new IllegalArgumentException(source + " with file " + file);
        }
        if (!(spacingMeters >= SitingDefaults.MIN_SPACING_METERS && spacingMeters < Double.POSITIVE_INFINITY)) {
            throw InputException.of("spacingMeters", spacingMeters + " is not a number of metres ≥ " + SitingDefaults.MIN_SPACING_METERS);
        }
        exclusions = List.copyOf(exclusions);
    }

    public static CandidatePolicy gaps() {
        return new CandidatePolicy(Source.GAPS, null, null, SitingDefaults.SPACING_METERS, List.of());
    }

    public static CandidatePolicy streets() {
        return new CandidatePolicy(Source.STREETS, null, null, SitingDefaults.SPACING_METERS, List.of());
    }

    public static CandidatePolicy file(Path points) {
        return new CandidatePolicy(Source.FILE, points, null, SitingDefaults.SPACING_METERS, List.of());
    }

    public static CandidatePolicy areas(Path polygons) {
        return new CandidatePolicy(Source.AREAS, polygons, null, SitingDefaults.SPACING_METERS, List.of());
    }

    /**
     * The web's spelling: {@code gaps} (also null), {@code streets} or {@code file:NAME}, NAME a
     * plain relative path inside the project folder (after following links); anything else is an
     * {@link InputException} on {@code candidates}. The folder is asked for only for {@code file:}.
     */
    public static CandidatePolicy named(String spec, Supplier<Path> projectFolder) {
        if (spec == null || spec.equals("gaps")) return gaps();
        if (spec.equals("streets")) return streets();
        if (spec.startsWith("file:") && spec.length() > 5) return file(inFolder(projectFolder.get(), spec.substring(5)));
        throw InputException.of("candidates", "must be gaps, streets or file:NAME, got " + spec);
    }

    public CandidatePolicy withSpacing(double meters) {
        return new CandidatePolicy(source, file, crs, meters, exclusions);
    }

    public CandidatePolicy withCrs(String fileCrs) {
        return new CandidatePolicy(source, file, fileCrs, spacingMeters, exclusions);
    }

    public CandidatePolicy withExclusions(List<Path> polygonFiles) {
        return new CandidatePolicy(source, file, crs, spacingMeters, polygonFiles);
    }

    /** Whether the points are generated at {@link #spacingMeters()} (not read from a file). */
    public boolean generated() {
        return source != Source.FILE;
    }

    public String label() {
        return switch (source) {
            case GAPS -> "gaps";
            case STREETS -> "streets";
            case FILE -> "file:" + file.getFileName();
            case AREAS -> "areas:" + file.getFileName();
        };
    }

    /** The exclusion polygons, read from their files. O(vertices). */
    List<Geometry> exclusionPolygons() {
        List<Geometry> out = new ArrayList<>();
        for (Path f : exclusions) out.addAll(polygons(f));
        return out;
    }

    List<Geometry> polygons(Path layer) {
        List<Geometry> out = new ArrayList<>();
        for (VectorFeature f : VectorReader.readPolygons(layer, crs).features()) out.add(f.geometry());
        return out;
    }

    private static Path inFolder(Path folder, String name) {
        try {
            Path root = folder.toAbsolutePath().normalize();
            Path file = root.resolve(name).normalize();
            if (file.startsWith(root) && Files.isRegularFile(file) && file.toRealPath().startsWith(root.toRealPath())) {
                return file;
            }
        } catch (InvalidPathException | IOException e) {
            // reported below like any other name that is not a file in the folder
        }
        throw InputException.of("candidates", "no file " + name.replace('\0', '?') + " in the project folder");
    }
}
