package org.lifecircle.facility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.lifecircle.io.InputException;

/**
 * The standards pack as a YAML tree (maps, lists, scalars): the schema of allowed keys, the check
 * of an override tree against it, and the merge of overrides onto the pack. Maps merge key by key,
 * lists and scalars are replaced, a null value removes the key. A value changed by an override
 * without its own clause gets a clause naming the override source, so a report never shows a
 * national or local clause for a number the project changed. Cost O(size of the tree).
 */
final class PackTree {

    private static final Set<String> ROOT = Set.of("version", "defaultSpeedKmh", "defaultSpeedNote",
            "personsPerHousehold", "personsPerHouseholdClause", "documents", "levels", "types", "indicators");
    private static final Set<String> DOCUMENT = Set.of("code", "kind", "zh", "en");
    private static final Set<String> CLAUSE = Set.of("doc", "section", "zh", "en");
    private static final Set<String> NOTE = Set.of("zh", "en");
    private static final Set<String> LEVEL = Set.of("nameZh", "nameEn", "minutes", "walkMetersMin",
            "walkMetersMax", "populationMin", "populationMax", "clause");
    static final Set<String> TYPE = Set.of("category", "nameZh", "nameEn", "minutes", "radiusMeters", "mode",
            "speedKmh", "speedNote", "demand", "level", "layout", "clause", "radiusClause", "references",
            "coverageTargets");
    private static final Set<String> COVERAGE_TARGET = Set.of("share", "year", "scope", "clause");
    private static final Set<String> INDICATOR = Set.of("nameZh", "nameEn", "unit", "measure", "types", "demand",
            "targets");
    private static final Set<String> TARGET = Set.of("value", "year", "clause");

    private PackTree() {
    }

    /** Checks every key of {@code tree} against the schema; the error names the key path and the allowed keys. */
    static void checkKeys(Map<?, ?> tree, String source) {
        checkObject(tree, ROOT, "", source);
        for (String section : List.of("documents", "levels", "types", "indicators")) {
            Object named = tree.get(section);
            if (named == null) continue;
            Map<?, ?> byName = asMap(named, section, source);
            for (Map.Entry<?, ?> e : byName.entrySet()) {
                String path = section + "." + e.getKey();
                if (e.getValue() == null) continue;
                Map<?, ?> item = asMap(e.getValue(), path, source);
                switch (section) {
                    case "documents" -> checkObject(item, DOCUMENT, path, source);
                    case "levels" -> checkLevel(item, path, source);
                    case "types" -> checkType(item, path, source);
                    default -> checkIndicator(item, path, source);
                }
            }
        }
        checkClause(tree.get("personsPerHouseholdClause"), "personsPerHouseholdClause", source);
        checkNote(tree.get("defaultSpeedNote"), "defaultSpeedNote", source);
    }

    private static void checkLevel(Map<?, ?> level, String path, String source) {
        checkObject(level, LEVEL, path, source);
        checkClause(level.get("clause"), path + ".clause", source);
    }

    private static void checkType(Map<?, ?> type, String path, String source) {
        checkObject(type, TYPE, path, source);
        checkClause(type.get("clause"), path + ".clause", source);
        checkClause(type.get("radiusClause"), path + ".radiusClause", source);
        checkNote(type.get("speedNote"), path + ".speedNote", source);
        List<?> refs = asList(type.get("references"), path + ".references", source);
        for (int i = 0; i < refs.size(); i++) checkClause(refs.get(i), path + ".references[" + i + "]", source);
        List<?> targets = asList(type.get("coverageTargets"), path + ".coverageTargets", source);
        for (int i = 0; i < targets.size(); i++) {
            String p = path + ".coverageTargets[" + i + "]";
            Map<?, ?> t = asMap(targets.get(i), p, source);
            checkObject(t, COVERAGE_TARGET, p, source);
            checkClause(t.get("clause"), p + ".clause", source);
        }
    }

    private static void checkIndicator(Map<?, ?> indicator, String path, String source) {
        checkObject(indicator, INDICATOR, path, source);
        List<?> targets = asList(indicator.get("targets"), path + ".targets", source);
        for (int i = 0; i < targets.size(); i++) {
            String p = path + ".targets[" + i + "]";
            Map<?, ?> t = asMap(targets.get(i), p, source);
            checkObject(t, TARGET, p, source);
            checkClause(t.get("clause"), p + ".clause", source);
        }
    }

    private static void checkClause(Object clause, String path, String source) {
        if (clause != null) checkObject(asMap(clause, path, source), CLAUSE, path, source);
    }

    private static void checkNote(Object note, String path, String source) {
        if (note != null) checkObject(asMap(note, path, source), NOTE, path, source);
    }

    private static void checkObject(Map<?, ?> object, Set<String> allowed, String path, String source) {
        for (Object key : object.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                String full = path.isEmpty() ? String.valueOf(key) : path + "." + key;
                throw new InputException(source, "key " + full,
                        "unknown key '" + key + "' (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    static Map<?, ?> asMap(Object value, String path, String source) {
        if (value instanceof Map<?, ?> m) return m;
        throw new InputException(source, "key " + path, "expected a map of keys, found " + describe(value));
    }

    static List<?> asList(Object value, String path, String source) {
        if (value == null) return List.of();
        if (value instanceof List<?> l) return l;
        throw new InputException(source, "key " + path, "expected a list, found " + describe(value));
    }

    static String describe(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }

    /**
     * Merges {@code overrides} (already key-checked) onto a deep copy of {@code base}. Values the
     * override changes without giving their clause get a clause citing {@code projectDocKey}.
     */
    static Map<String, Object> merge(Map<String, Object> base, Map<?, ?> overrides, String projectDocKey) {
        Map<String, Object> merged = deepCopy(base);
        Map<String, Object> over = deepCopy(overrides);
        attributeToProject(base, over, projectDocKey);
        mergeInto(merged, over);
        return merged;
    }

    /** Adds project clauses for values the override changes (a value equal to the base keeps its clause). */
    private static void attributeToProject(Map<String, Object> base, Map<String, Object> over, String doc) {
        if (changes(base, over, "personsPerHousehold") && !over.containsKey("personsPerHouseholdClause")) {
            over.put("personsPerHouseholdClause", projectClause(doc, "personsPerHousehold"));
        }
        if (changes(base, over, "defaultSpeedKmh") && !over.containsKey("defaultSpeedNote")) {
            over.put("defaultSpeedNote", projectNote("defaultSpeedKmh"));
        }
        Map<?, ?> baseTypes = base.get("types") instanceof Map<?, ?> m ? m : Map.of();
        forEachNamed(over, "types", (name, type) -> {
            String path = "types." + name;
            Map<?, ?> baseType = baseTypes.get(name) instanceof Map<?, ?> m ? m : Map.of();
            if (changes(baseType, type, "minutes") && !type.containsKey("clause")) {
                type.put("clause", projectClause(doc, path + ".minutes"));
            }
            if (changes(baseType, type, "radiusMeters") && !type.containsKey("radiusClause")) {
                type.put("radiusClause", projectClause(doc, path + ".radiusMeters"));
            }
            if (changes(baseType, type, "speedKmh") && !type.containsKey("speedNote")) {
                type.put("speedNote", projectNote(path + ".speedKmh"));
            }
            attributeListItems(type.get("coverageTargets"), doc, path + ".coverageTargets");
        });
        forEachNamed(over, "levels", (name, level) -> {
            if (!level.containsKey("clause")) level.put("clause", projectClause(doc, "levels." + name));
        });
        forEachNamed(over, "indicators", (name, indicator) ->
                attributeListItems(indicator.get("targets"), doc, "indicators." + name + ".targets"));
    }

    /** True when {@code over} sets {@code key} to something other than the base value (numbers compared by value). */
    private static boolean changes(Map<?, ?> base, Map<?, ?> over, String key) {
        if (!over.containsKey(key)) return false;
        Object o = over.get(key);
        Object b = base.get(key);
        if (o instanceof Number on && b instanceof Number bn) return on.doubleValue() != bn.doubleValue();
        return !Objects.equals(o, b);
    }

    private static void attributeListItems(Object list, String doc, String path) {
        if (!(list instanceof List<?> items)) return;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map<?, ?> item && !item.containsKey("clause")) {
                cast(item).put("clause", projectClause(doc, path + "[" + i + "]"));
            }
        }
    }

    private interface NamedVisitor {
        void visit(String name, Map<String, Object> item);
    }

    private static void forEachNamed(Map<String, Object> tree, String section, NamedVisitor visitor) {
        if (!(tree.get(section) instanceof Map<?, ?> byName)) return;
        for (Map.Entry<?, ?> e : byName.entrySet()) {
            if (e.getValue() instanceof Map<?, ?> item) visitor.visit(String.valueOf(e.getKey()), cast(item));
        }
    }

    private static Map<String, Object> projectClause(String doc, String path) {
        Map<String, Object> clause = new LinkedHashMap<>();
        clause.put("doc", doc);
        clause.put("section", path);
        clause.put("zh", "项目文件设定的值");
        clause.put("en", "value set in the project file");
        return clause;
    }

    private static Map<String, Object> projectNote(String path) {
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("zh", "项目文件设定(" + path + ")");
        note.put("en", "set in the project file (" + path + ")");
        return note;
    }

    private static void mergeInto(Map<String, Object> target, Map<String, Object> over) {
        for (Map.Entry<String, Object> e : over.entrySet()) {
            Object value = e.getValue();
            Object existing = target.get(e.getKey());
            if (value == null) {
                target.remove(e.getKey());
            } else if (value instanceof Map<?, ?> m && existing instanceof Map<?, ?> old) {
                mergeInto(cast(old), cast(m));
            } else {
                target.put(e.getKey(), value);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    static Map<String, Object> deepCopy(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) copy.put(String.valueOf(e.getKey()), deepCopyValue(e.getValue()));
        return copy;
    }

    private static Object deepCopyValue(Object value) {
        if (value instanceof Map<?, ?> m) return deepCopy(m);
        if (value instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            for (Object item : l) copy.add(deepCopyValue(item));
            return copy;
        }
        return value;
    }
}
