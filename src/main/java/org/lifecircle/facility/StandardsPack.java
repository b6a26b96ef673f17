package org.lifecircle.facility;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lifecircle.io.InputException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Facility types, life-circle levels and per-capita indicators with the clauses they come from:
 * the built-in pack ({@code standards/builtin.yaml} in the jar: GB 50180-2018, TD/T 1062-2021 and
 * the targets of the seed local plans) with project overrides merged on top. Immutable.
 *
 * <p>Contract for others:
 * <ul>
 * <li>{@link #builtin()} the shipped pack; {@link #load(Path)} the pack with an override file;
 *     {@link #withOverrides(Map, String)} with an override map, e.g. the {@code types:} block of a
 *     project file wrapped as {@code {types: …}}.</li>
 * <li>Overrides have the shape of the pack. Maps merge key by key, lists replace, null removes.
 *     An unknown key is an {@link InputException} naming the key path and the allowed keys. A value
 *     changed without its own clause is cited to the override source, never to the original
 *     document. A type key not in the pack is a new type and must be complete; otherwise the error
 *     lists the known types.</li>
 * <li>{@link #types()} in pack order; {@link FacilityType#index()} is the position in that list and
 *     the type index stored in {@link Facilities}.</li>
 * </ul>
 * Loading costs O(size of the pack); lookups are O(1).
 */
public final class StandardsPack {

    private static final String BUILTIN_RESOURCE = "/standards/builtin.yaml";
    private static final String BUILTIN_SOURCE = "standards/builtin.yaml";

    private final Map<String, Object> tree;
    private final List<String> builtinTypeKeys;
    private final Map<String, SourceDocument> projectDocuments;
    private final PackReader.Content content;
    private final Map<String, FacilityType> typesByKey = new LinkedHashMap<>();

    private StandardsPack(Map<String, Object> tree, List<String> builtinTypeKeys,
            Map<String, SourceDocument> projectDocuments, String source) {
        this.tree = tree;
        this.projectDocuments = Map.copyOf(projectDocuments);
        this.content = new PackReader(source, builtinTypeKeys == null ? List.of() : builtinTypeKeys)
                .read(tree, this.projectDocuments);
        this.builtinTypeKeys = builtinTypeKeys == null ? typeKeysOf(content) : builtinTypeKeys;
        for (FacilityType t : content.types()) typesByKey.put(t.key(), t);
    }

    private static List<String> typeKeysOf(PackReader.Content content) {
        return content.types().stream().map(FacilityType::key).toList();
    }

    private static final class Builtin {
        static final StandardsPack PACK = readBuiltin();
    }

    /** The built-in pack shipped in the jar (parsed once). */
    public static StandardsPack builtin() {
        return Builtin.PACK;
    }

    /** The built-in pack with the overrides of a YAML file merged on top. */
    public static StandardsPack load(Path overridesYaml) {
        return builtin().withOverrides(overridesYaml);
    }

    /** This pack with the overrides of a YAML file merged on top. */
    public StandardsPack withOverrides(Path overridesYaml) {
        String source = overridesYaml.toString();
        try (Reader reader = Files.newBufferedReader(overridesYaml, StandardCharsets.UTF_8)) {
            Object parsed = yaml().load(reader);
            if (parsed == null) return this;
            return withOverrides(PackTree.asMap(parsed, "(top level)", source), source);
        } catch (MarkedYAMLException e) {
            throw new InputException(source, "line " + (e.getProblemMark().getLine() + 1),
                    "not valid YAML: " + e.getProblem(), e);
        } catch (YAMLException e) {
            throw InputException.of(source, "not valid YAML: " + e.getMessage());
        } catch (IOException e) {
            throw InputException.of(source, "cannot read: " + e.getMessage());
        }
    }

    /**
     * This pack with {@code overrides} merged on top; {@code source} names the overrides in
     * errors and in the clauses of changed values (e.g. the project file name).
     */
    public StandardsPack withOverrides(Map<?, ?> overrides, String source) {
        PackTree.checkKeys(overrides, source);
        String projectDocKey = SourceDocument.PROJECT_KEY + ":" + source;
        Map<String, SourceDocument> docs = new LinkedHashMap<>(projectDocuments);
        SourceDocument project = SourceDocument.project(source);
        docs.put(projectDocKey, new SourceDocument(projectDocKey, project.code(), project.kind(),
                project.nameZh(), project.nameEn()));
        return new StandardsPack(PackTree.merge(tree, overrides, projectDocKey), builtinTypeKeys, docs, source);
    }

    private static StandardsPack readBuiltin() {
        try (InputStream in = StandardsPack.class.getResourceAsStream(BUILTIN_RESOURCE)) {
            if (in == null) throw new IllegalStateException(BUILTIN_RESOURCE + " missing from the classpath");
            Object parsed = yaml().load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Object> tree = PackTree.deepCopy(PackTree.asMap(parsed, "(top level)", BUILTIN_SOURCE));
            PackTree.checkKeys(tree, BUILTIN_SOURCE);
            return new StandardsPack(tree, null, Map.of(), BUILTIN_SOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options));
    }

    /** Facility types in pack order. */
    public List<FacilityType> types() {
        return content.types();
    }

    public List<String> typeKeys() {
        return typeKeysOf(content);
    }

    /**
     * The type with this key; the key is matched after trimming, lower-casing and turning '-' and
     * ' ' into '_' ("Elder-Care" finds {@code elder_care}).
     */
    public Optional<FacilityType> findType(String key) {
        FacilityType exact = typesByKey.get(key);
        if (exact != null) return Optional.of(exact);
        return Optional.ofNullable(typesByKey.get(normalise(key)));
    }

    /** The type with this key; {@link IllegalArgumentException} listing the known types if absent. */
    public FacilityType getType(String key) {
        return findType(key).orElseThrow(() -> new IllegalArgumentException(
                "facility type '" + key + "' is not in the standards pack (known: " + String.join(", ", typeKeys()) + ")"));
    }

    static String normalise(String key) {
        return key.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    public List<Indicator> indicators() {
        return content.indicators();
    }

    /** Indicators whose measure counts facilities of this type. */
    public List<Indicator> indicatorsForType(String typeKey) {
        return content.indicators().stream().filter(i -> i.typeKeys().contains(typeKey)).toList();
    }

    public Map<String, LifeCircleLevel> levels() {
        return content.levels();
    }

    public Map<String, SourceDocument> documents() {
        return content.documents();
    }

    /** Walking speed of types that do not set their own. */
    public double defaultSpeedKmh() {
        return content.defaultSpeedKmh();
    }

    /** Persons per household used for "per 100 households" indicators. */
    public double personsPerHousehold() {
        return content.personsPerHousehold();
    }

    public Clause personsPerHouseholdClause() {
        return content.personsPerHouseholdClause();
    }
}
