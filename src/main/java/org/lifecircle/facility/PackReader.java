package org.lifecircle.facility;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.lifecircle.io.InputException;

/**
 * Turns a merged, key-checked pack tree into typed documents, levels, facility types and
 * indicators, validating every value; errors name {@code source} and the key path
 * ("key types.fitness.minutes"). Cost O(size of the tree).
 */
final class PackReader {

    private final String source;
    private final Map<String, SourceDocument> documents = new LinkedHashMap<>();
    private final Map<String, LifeCircleLevel> levels = new LinkedHashMap<>();
    private final List<String> builtinTypeKeys;

    /** @param builtinTypeKeys type keys of the built-in pack, listed when a new type is incomplete */
    PackReader(String source, List<String> builtinTypeKeys) {
        this.source = source;
        this.builtinTypeKeys = builtinTypeKeys;
    }

    record Content(double defaultSpeedKmh, Clause defaultSpeedSource, double personsPerHousehold,
            Clause personsPerHouseholdClause, Map<String, SourceDocument> documents,
            Map<String, LifeCircleLevel> levels, List<FacilityType> types, List<Indicator> indicators) {
    }

    Content read(Map<String, Object> tree, Map<String, SourceDocument> extraDocuments) {
        Object version = tree.get("version");
        if (!(version instanceof Number n) || n.intValue() != 1) {
            throw new InputException(source, "key version", "unsupported standards pack version " + version + " (expected 1)");
        }
        documents.put(SourceDocument.DEFAULT_KEY, SourceDocument.lifeCircleDefaults());
        documents.putAll(extraDocuments);
        for (Map.Entry<String, Map<?, ?>> e : named(tree, "documents").entrySet()) {
            documents.put(e.getKey(), readDocument(e.getKey(), e.getValue()));
        }
        double defaultSpeed = positive(tree, "defaultSpeedKmh", "");
        Clause defaultSpeedSource = note(tree.get("defaultSpeedNote"), "defaultSpeedNote",
                "默认步行速度 " + fmt(defaultSpeed) + " km/h", "default walking speed " + fmt(defaultSpeed) + " km/h");
        double personsPerHousehold = positive(tree, "personsPerHousehold", "");
        Clause householdClause = clause(tree.get("personsPerHouseholdClause"), "personsPerHouseholdClause", true);
        for (Map.Entry<String, Map<?, ?>> e : named(tree, "levels").entrySet()) {
            levels.put(e.getKey(), readLevel(e.getKey(), e.getValue()));
        }
        List<FacilityType> types = new ArrayList<>();
        for (Map.Entry<String, Map<?, ?>> e : named(tree, "types").entrySet()) {
            types.add(readType(types.size(), e.getKey(), e.getValue(), defaultSpeed, defaultSpeedSource));
        }
        if (types.isEmpty()) throw new InputException(source, "key types", "the standards pack has no facility types");
        List<String> typeKeys = types.stream().map(FacilityType::key).toList();
        List<Indicator> indicators = new ArrayList<>();
        for (Map.Entry<String, Map<?, ?>> e : named(tree, "indicators").entrySet()) {
            indicators.add(readIndicator(e.getKey(), e.getValue(), typeKeys));
        }
        return new Content(defaultSpeed, defaultSpeedSource, personsPerHousehold, householdClause,
                Map.copyOf(documents), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levels)),
                List.copyOf(types), List.copyOf(indicators));
    }

    private SourceDocument readDocument(String key, Map<?, ?> doc) {
        String path = "documents." + key;
        if (key.equals(SourceDocument.DEFAULT_KEY) || key.startsWith(SourceDocument.PROJECT_KEY)) {
            throw new InputException(source, "key " + path, "document key '" + key + "' is reserved");
        }
        return new SourceDocument(key, text(doc, "code", path), text(doc, "kind", path),
                text(doc, "zh", path), text(doc, "en", path));
    }

    private LifeCircleLevel readLevel(String key, Map<?, ?> level) {
        String path = "levels." + key;
        return new LifeCircleLevel(key, text(level, "nameZh", path), text(level, "nameEn", path),
                optionalPositive(level, "minutes", path), optionalPositive(level, "walkMetersMin", path),
                optionalPositive(level, "walkMetersMax", path), optionalPositive(level, "populationMin", path),
                optionalPositive(level, "populationMax", path), clause(level.get("clause"), path + ".clause", true));
    }

    private FacilityType readType(int index, String key, Map<?, ?> type, double defaultSpeed, Clause defaultSpeedSource) {
        String path = "types." + key;
        if (!builtinTypeKeys.contains(key)) {
            List<String> missing = new ArrayList<>();
            for (String required : List.of("category", "nameZh", "nameEn", "demand")) {
                if (type.get(required) == null) missing.add(required);
            }
            if (type.get("minutes") == null && type.get("radiusMeters") == null) missing.add("minutes or radiusMeters");
            if (!missing.isEmpty()) {
                throw new InputException(source, "key " + path, "'" + key + "' is not a type of the built-in pack (known: "
                        + String.join(", ", builtinTypeKeys) + "); a new type needs " + String.join(", ", missing));
            }
        }
        double minutes = optionalPositive(type, "minutes", path);
        double radius = optionalPositive(type, "radiusMeters", path);
        if (Double.isNaN(minutes) && Double.isNaN(radius)) {
            throw new InputException(source, "key " + path, "a facility type needs minutes or radiusMeters");
        }
        double speed = type.get("speedKmh") == null ? defaultSpeed : positive(type, "speedKmh", path);
        Clause speedSource = type.get("speedKmh") == null ? defaultSpeedSource
                : note(type.get("speedNote"), path + ".speedNote", null, null);
        Clause clause;
        Clause radiusClause = null;
        if (Double.isNaN(minutes)) {
            String field = type.get("clause") != null ? "clause" : "radiusClause";
            clause = clause(type.get(field), path + "." + field, true);
            radiusClause = clause;
        } else {
            clause = clause(type.get("clause"), path + ".clause", true);
            if (!Double.isNaN(radius)) radiusClause = clause(type.get("radiusClause"), path + ".radiusClause", true);
        }
        LifeCircleLevel level = null;
        if (type.get("level") != null) {
            String levelKey = String.valueOf(type.get("level"));
            level = levels.get(levelKey);
            if (level == null) {
                throw new InputException(source, "key " + path + ".level",
                        "unknown level '" + levelKey + "' (known: " + String.join(", ", levels.keySet()) + ")");
            }
        }
        List<Clause> references = new ArrayList<>();
        List<?> refs = PackTree.asList(type.get("references"), path + ".references", source);
        for (int i = 0; i < refs.size(); i++) references.add(clause(refs.get(i), path + ".references[" + i + "]", true));
        List<CoverageTarget> targets = new ArrayList<>();
        List<?> raw = PackTree.asList(type.get("coverageTargets"), path + ".coverageTargets", source);
        for (int i = 0; i < raw.size(); i++) {
            String p = path + ".coverageTargets[" + i + "]";
            Map<?, ?> t = PackTree.asMap(raw.get(i), p, source);
            double share = number(t, "share", p);
            if (!(share > 0 && share <= 1)) {
                throw new InputException(source, "key " + p + ".share", "share must be in (0, 1], found " + fmt(share));
            }
            targets.add(new CoverageTarget(share, year(t, p), enumValue(CoverageScope.class, t, "scope", p),
                    clause(t.get("clause"), p + ".clause", true)));
        }
        return new FacilityType(index, key, enumValue(ServiceCategory.class, type, "category", path),
                text(type, "nameZh", path), text(type, "nameEn", path), minutes, radius,
                type.get("mode") == null ? TravelMode.WALK : enumValue(TravelMode.class, type, "mode", path),
                speed, enumValue(Demand.class, type, "demand", path), level,
                type.get("layout") == null ? null : enumValue(Layout.class, type, "layout", path),
                clause, radiusClause, speedSource, references, targets);
    }

    private Indicator readIndicator(String key, Map<?, ?> indicator, List<String> typeKeys) {
        String path = "indicators." + key;
        List<String> types = new ArrayList<>();
        for (Object t : PackTree.asList(indicator.get("types"), path + ".types", source)) {
            String typeKey = String.valueOf(t);
            if (!typeKeys.contains(typeKey)) {
                throw new InputException(source, "key " + path + ".types",
                        "unknown facility type '" + typeKey + "' (known: " + String.join(", ", typeKeys) + ")");
            }
            types.add(typeKey);
        }
        if (types.isEmpty()) throw new InputException(source, "key " + path + ".types", "an indicator needs at least one facility type");
        List<IndicatorTarget> targets = new ArrayList<>();
        List<?> raw = PackTree.asList(indicator.get("targets"), path + ".targets", source);
        for (int i = 0; i < raw.size(); i++) {
            String p = path + ".targets[" + i + "]";
            Map<?, ?> t = PackTree.asMap(raw.get(i), p, source);
            targets.add(new IndicatorTarget(positive(t, "value", p), year(t, p), clause(t.get("clause"), p + ".clause", true)));
        }
        if (targets.isEmpty()) throw new InputException(source, "key " + path + ".targets", "an indicator needs at least one target");
        return new Indicator(key, text(indicator, "nameZh", path), text(indicator, "nameEn", path),
                enumValue(IndicatorUnit.class, indicator, "unit", path), enumValue(Measure.class, indicator, "measure", path),
                types, enumValue(Demand.class, indicator, "demand", path), targets);
    }

    private Clause clause(Object value, String path, boolean required) {
        if (value == null) {
            if (required) throw new InputException(source, "key " + path, "missing clause (doc, section, zh, en)");
            return null;
        }
        Map<?, ?> c = PackTree.asMap(value, path, source);
        String docKey = text(c, "doc", path);
        SourceDocument doc = documents.get(docKey);
        if (doc == null) {
            throw new InputException(source, "key " + path + ".doc",
                    "unknown document '" + docKey + "' (known: " + String.join(", ", documents.keySet()) + ")");
        }
        Object section = c.get("section");
        return new Clause(doc, section == null ? null : String.valueOf(section), text(c, "zh", path), text(c, "en", path));
    }

    /** A note ({zh, en}) becomes a clause of the LifeCircle-defaults document; null note → the given default text. */
    private Clause note(Object value, String path, String defaultZh, String defaultEn) {
        SourceDocument doc = documents.get(SourceDocument.DEFAULT_KEY);
        if (value == null) {
            if (defaultZh == null) throw new InputException(source, "key " + path, "missing speedNote (zh, en): say where the speed comes from");
            return new Clause(doc, null, defaultZh, defaultEn);
        }
        Map<?, ?> n = PackTree.asMap(value, path, source);
        return new Clause(doc, null, text(n, "zh", path), text(n, "en", path));
    }

    private String text(Map<?, ?> map, String key, String path) {
        Object value = map.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new InputException(source, "key " + path + "." + key, "missing value");
        }
        return String.valueOf(value);
    }

    private double number(Map<?, ?> map, String key, String path) {
        Object value = map.get(key);
        if (value instanceof Number n && Double.isFinite(n.doubleValue())) return n.doubleValue();
        String where = path.isEmpty() ? key : path + "." + key;
        throw new InputException(source, "key " + where, value == null ? "missing value" : "expected a number, found " + PackTree.describe(value));
    }

    private double positive(Map<?, ?> map, String key, String path) {
        double v = number(map, key, path);
        if (v <= 0) throw new InputException(source, "key " + (path.isEmpty() ? key : path + "." + key), "must be positive, found " + fmt(v));
        return v;
    }

    private double optionalPositive(Map<?, ?> map, String key, String path) {
        return map.get(key) == null ? Double.NaN : positive(map, key, path);
    }

    private OptionalInt year(Map<?, ?> map, String path) {
        if (map.get("year") == null) return OptionalInt.empty();
        double y = number(map, "year", path);
        if (y != Math.rint(y) || y < 1900 || y > 2200) {
            throw new InputException(source, "key " + path + ".year", "expected a year, found " + fmt(y));
        }
        return OptionalInt.of((int) y);
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, Map<?, ?> map, String key, String path) {
        Object value = map.get(key);
        String name = value == null ? "" : String.valueOf(value).trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) return constant;
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw new InputException(source, "key " + path + "." + key,
                (value == null ? "missing value" : "unknown value " + PackTree.describe(value)) + " (allowed: " + allowed + ")");
    }

    private Map<String, Map<?, ?>> named(Map<String, Object> tree, String section) {
        Object value = tree.get(section);
        Map<String, Map<?, ?>> out = new LinkedHashMap<>();
        if (value == null) return out;
        for (Map.Entry<?, ?> e : PackTree.asMap(value, section, source).entrySet()) {
            String path = section + "." + e.getKey();
            out.put(String.valueOf(e.getKey()), PackTree.asMap(e.getValue(), path, source));
        }
        return out;
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
