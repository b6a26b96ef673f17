package org.lifecircle.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.lifecircle.facility.Demand;
import org.lifecircle.io.InputException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.UnicodeReader;

/**
 * Loads a project YAML file into a {@link Project}: resolves every path against the file's folder,
 * checks that each file exists and has a type the key accepts, and validates keys and values.
 * Every problem is an {@link InputException} whose source is the project file and whose location
 * is the key path ({@code types.elder_care.minutes}); the reason carries the line. Unknown keys are
 * errors, with the nearest known key suggested. The datasets themselves are not opened here.
 * Cost O(size of the file).
 */
public final class ProjectLoader {

    static final List<String> TOP_KEYS = List.of("name", "network", "population", "elderly", "elderlyShare",
            "facilities", "types", "villages", "units", "standards", "speedKmh");
    static final List<String> TYPE_KEYS = List.of("minutes", "radiusMeters", "speedKmh", "demand", "target",
            "targetYear", "label");
    private static final List<String> DATASET_KEYS = List.of("path", "crs");
    private static final List<String> POPULATION_KEYS = List.of("path", "crs", "field");
    private static final List<String> UNIT_KEYS = List.of("path", "crs", "idField", "nameField", "level");
    private static final List<String> VILLAGE_KEYS = List.of("path", "crs", "idField", "nameField", "radiusMeters",
            "requiredTypes");

    private static final Pattern EPSG = Pattern.compile("(?i)(EPSG:\\d{4,6}|urn:ogc:def:crs:EPSG::\\d{4,6})");
    private static final Pattern CHINESE_OFFSET = Pattern.compile("(?i)(GCJ-?02|BD-?09)");
    private static final Pattern WKT = Pattern.compile("(?s)[A-Za-z_]+\\s*\\[.*]");

    private static final double MAX_MINUTES = 1440;
    private static final double MAX_RADIUS_METERS = 100_000;
    private static final double MAX_SPEED_KMH = 200;

    private final Path file;
    private final Path folder;
    private final String source;

    private ProjectLoader(Path file) {
        this.file = file.toAbsolutePath().normalize();
        this.folder = this.file.getParent();
        this.source = file.toString();
    }

    /** Loads and validates {@code file}; throws {@link InputException} on any problem. */
    public static Project load(Path file) {
        return new ProjectLoader(file).load();
    }

    private Project load() {
        Map<String, ProjectValue> top = parse().entries(TOP_KEYS);

        String name = top.containsKey("name") && !top.get("name").isNull()
                ? top.get("name").text()
                : stripExtension(file.getFileName().toString());
        Optional<Dataset> network = optional(top, "network").map(v -> dataset(v, FileKind.NETWORK, DATASET_KEYS));
        Dataset population = dataset(required(top, "population", "the population raster or point file"),
                FileKind.POPULATION, POPULATION_KEYS);
        Dataset facilities = dataset(required(top, "facilities", "the facility points file"),
                FileKind.POINTS, DATASET_KEYS);
        ElderlyDemand elderly = elderly(top);
        Map<String, TypeSettings> types = types(required(top, "types", "the facility types to evaluate"));
        Optional<VillageLayer> villages = optional(top, "villages").map(v -> villages(v, types));
        Optional<UnitLayer> units = optional(top, "units").map(this::units);
        Optional<Path> standards = optional(top, "standards").flatMap(this::standards);
        OptionalDouble speedKmh = optional(top, "speedKmh")
                .map(v -> OptionalDouble.of(v.number("a walking speed in km/h", 0, MAX_SPEED_KMH, true)))
                .orElse(OptionalDouble.empty());

        return new Project(file, name, network, population, elderly, facilities, types, villages, units,
                standards, speedKmh);
    }

    private ProjectValue parse() {
        Node root;
        try (InputStream in = Files.newInputStream(file); Reader reader = new UnicodeReader(in)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(new SafeConstructor(options)).compose(reader);
        } catch (NoSuchFileException e) {
            throw InputException.of(source, "project file not found: " + file);
        } catch (MarkedYAMLException e) {
            String where = e.getProblemMark() == null ? null
                    : "line " + (e.getProblemMark().getLine() + 1) + ", column " + (e.getProblemMark().getColumn() + 1);
            throw new InputException(source, where, "not valid YAML: " + e.getProblem(), e);
        } catch (YAMLException e) {
            throw InputException.of(source, "not valid YAML: " + firstLine(e.getMessage()));
        } catch (IOException e) {
            throw InputException.of(source, "cannot read the project file: " + e.getMessage());
        }
        if (root == null) throw InputException.of(source, "the project file is empty");
        return ProjectValue.root(source, root);
    }

    private ProjectValue required(Map<String, ProjectValue> map, String key, String what) {
        ProjectValue v = map.get(key);
        if (v == null || v.isNull()) {
            throw new InputException(source, key, "missing required key \"" + key + "\" (" + what + ")");
        }
        return v;
    }

    private static Optional<ProjectValue> optional(Map<String, ProjectValue> map, String key) {
        ProjectValue v = map.get(key);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
    }

    private static Optional<String> optionalText(Map<String, ProjectValue> map, String key) {
        return optional(map, key).map(ProjectValue::text);
    }

    /** A path string, or a mapping with {@code path} and the keys in {@code mapKeys}. */
    private Dataset dataset(ProjectValue v, FileKind kind, List<String> mapKeys) {
        if (!v.isMapping()) return new Dataset(v.path(), resolve(v, kind), Optional.empty(), Optional.empty());
        Map<String, ProjectValue> m = v.entries(mapKeys);
        ProjectValue pathValue = m.get("path");
        if (pathValue == null || pathValue.isNull()) {
            throw v.error("missing \"path\": give the file as a path or as { path: ..., crs: ... }");
        }
        Optional<String> crs = optional(m, "crs").map(this::crs);
        return new Dataset(v.path(), resolve(pathValue, kind), crs, optionalText(m, "field"));
    }

    private Path resolve(ProjectValue v, FileKind kind) {
        if (v.isMapping() || v.isSequence()) {
            throw v.error("expected a file path or { path: ..., crs: ... }");
        }
        String text = v.text();
        Path p;
        try {
            p = folder.resolve(text).normalize();
        } catch (InvalidPathException e) {
            throw v.error("not a valid path: \"" + text + "\"");
        }
        if (Files.isDirectory(p)) throw v.error("expected a file, found a folder: " + p);
        if (!Files.isRegularFile(p)) throw v.error("file not found: " + p);
        if (!kind.accepts(p)) {
            throw v.error("\"" + p.getFileName() + "\" is not " + kind.description() + "; expected a file ending in "
                    + String.join(", ", kind.endings()));
        }
        return p;
    }

    private String crs(ProjectValue v) {
        String crs = v.text();
        if (EPSG.matcher(crs).matches() || CHINESE_OFFSET.matcher(crs).matches() || WKT.matcher(crs).matches()) {
            return crs;
        }
        throw v.error("unknown CRS \"" + crs + "\"; expected EPSG:<code> (e.g. EPSG:4490), GCJ-02, BD-09 or WKT");
    }

    private ElderlyDemand elderly(Map<String, ProjectValue> top) {
        Optional<ProjectValue> rasters = optional(top, "elderly");
        Optional<ProjectValue> share = optional(top, "elderlyShare");
        if (rasters.isPresent() && share.isPresent()) {
            throw share.get().error("give either \"elderly\" (60+ rasters) or \"elderlyShare\", not both");
        }
        if (share.isPresent()) {
            return ElderlyDemand.ofShare(share.get().number("the share of people aged 60+ (0–1)", 0, 1, true));
        }
        if (rasters.isEmpty()) return ElderlyDemand.none();
        List<Dataset> list = new ArrayList<>();
        for (ProjectValue item : rasters.get().items()) list.add(dataset(item, FileKind.RASTER, DATASET_KEYS));
        if (list.isEmpty()) throw rasters.get().error("list at least one 60+ population raster");
        return ElderlyDemand.ofRasters(list);
    }

    private Map<String, TypeSettings> types(ProjectValue v) {
        Map<String, TypeSettings> types = new LinkedHashMap<>();
        if (v.isSequence()) {
            for (ProjectValue item : v.items()) {
                String key = item.text();
                if (types.containsKey(key)) throw item.error("type \"" + key + "\" is listed twice");
                types.put(key, TypeSettings.defaults(key));
            }
        } else {
            if (!v.isMapping()) {
                throw v.error("expected the facility types as a mapping (fitness: { minutes: 15 }) or a list");
            }
            for (Map.Entry<String, ProjectValue> e : v.entries().entrySet()) {
                types.put(e.getKey(), type(e.getKey(), e.getValue()));
            }
        }
        if (types.isEmpty()) throw v.error("list at least one facility type");
        return types;
    }

    private TypeSettings type(String key, ProjectValue v) {
        if (v.isNull()) return TypeSettings.defaults(key);
        Map<String, ProjectValue> m = v.entries(TYPE_KEYS);
        OptionalDouble minutes = optionalNumber(m, "minutes", "a time threshold in minutes", MAX_MINUTES);
        OptionalDouble radius = optionalNumber(m, "radiusMeters", "a service radius in metres", MAX_RADIUS_METERS);
        OptionalDouble speed = optionalNumber(m, "speedKmh", "a travel speed in km/h", MAX_SPEED_KMH);
        Optional<Demand> demand = optional(m, "demand").map(ProjectLoader::demand);
        OptionalDouble target = optional(m, "target").map(t -> OptionalDouble.of(target(t))).orElse(OptionalDouble.empty());
        OptionalInt year = optional(m, "targetYear")
                .map(y -> OptionalInt.of(y.integer("a target year", 1990, 2100)))
                .orElse(OptionalInt.empty());
        return new TypeSettings(key, minutes, radius, speed, demand, target, year, optionalText(m, "label"));
    }

    private static OptionalDouble optionalNumber(Map<String, ProjectValue> m, String key, String what, double max) {
        return optional(m, key).map(v -> OptionalDouble.of(v.number(what, 0, max, true))).orElse(OptionalDouble.empty());
    }

    private static Demand demand(ProjectValue v) {
        String text = v.text().toLowerCase(Locale.ROOT);
        for (Demand d : Demand.values()) {
            if (d.key().equals(text)) return d;
        }
        throw v.error("unknown demand " + v.raw() + "; expected \"total\" or \"elderly\"");
    }

    /** A share in (0, 1]; "85%" is read as 0.85, a bare 85 is an error that says so. */
    private static double target(ProjectValue v) {
        String text = v.text();
        if (text.endsWith("%")) {
            String number = text.substring(0, text.length() - 1).strip();
            try {
                double pct = Double.parseDouble(number);
                if (pct > 0 && pct <= 100) return pct / 100;
            } catch (NumberFormatException e) {
                throw v.error("expected a target share (0–1) or percentage, got " + v.raw());
            }
            throw v.error("a target percentage must be in (0 %, 100 %], got " + v.raw());
        }
        double share = v.finiteNumber("a target share (0–1)");
        if (share > 1 && share <= 100) {
            throw v.error("target is a share between 0 and 1; " + v.raw() + " looks like a percentage: write "
                    + share / 100 + " or \"" + text + "%\"");
        }
        return v.number("a target share (0–1)", 0, 1, true);
    }

    private VillageLayer villages(ProjectValue v, Map<String, TypeSettings> types) {
        if (!v.isMapping()) {
            Dataset d = dataset(v, FileKind.VILLAGES, DATASET_KEYS);
            return new VillageLayer(d, Optional.empty(), Optional.empty(), OptionalDouble.empty(), List.of());
        }
        Map<String, ProjectValue> m = v.entries(VILLAGE_KEYS);
        Dataset d = dataset(v, FileKind.VILLAGES, VILLAGE_KEYS);
        OptionalDouble radius = optionalNumber(m, "radiusMeters", "a village service radius in metres",
                MAX_RADIUS_METERS);
        List<String> required = new ArrayList<>();
        optional(m, "requiredTypes").ifPresent(list -> {
            for (ProjectValue item : list.items()) {
                String t = item.text();
                if (!types.containsKey(t)) {
                    String hint = KeySuggestions.nearest(t, types.keySet()).map(s -> "; did you mean \"" + s + "\"?")
                            .orElse("");
                    throw item.error("\"" + t + "\" is not one of the evaluated types (" + String.join(", ",
                            types.keySet()) + ")" + hint);
                }
                if (!required.contains(t)) required.add(t);
            }
        });
        return new VillageLayer(d, optionalText(m, "idField"), optionalText(m, "nameField"), radius, required);
    }

    private UnitLayer units(ProjectValue v) {
        if (!v.isMapping()) {
            Dataset d = dataset(v, FileKind.POLYGONS, DATASET_KEYS);
            return new UnitLayer(d, Optional.empty(), Optional.empty(), Optional.empty());
        }
        Map<String, ProjectValue> m = v.entries(UNIT_KEYS);
        Dataset d = dataset(v, FileKind.POLYGONS, UNIT_KEYS);
        Optional<UnitLevel> level = optional(m, "level").map(ProjectLoader::level);
        return new UnitLayer(d, optionalText(m, "idField"), optionalText(m, "nameField"), level);
    }

    private static UnitLevel level(ProjectValue v) {
        String text = v.text().toLowerCase(Locale.ROOT);
        for (UnitLevel l : UnitLevel.values()) {
            if (l.key().equals(text)) return l;
        }
        throw v.error("unknown level " + v.raw() + "; expected community, street or township");
    }

    private Optional<Path> standards(ProjectValue v) {
        if (!v.isMapping() && !v.isSequence() && v.text().equalsIgnoreCase("builtin")) return Optional.empty();
        return Optional.of(resolve(v, FileKind.STANDARDS));
    }

    private static String stripExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
