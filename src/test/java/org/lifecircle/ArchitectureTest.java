package org.lifecircle;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * FEATURE UNDER TEST: the package picture of docs/architecture.md. Each top-level package of
 * {@code org.lifecircle} may depend only on the packages listed for it below (a whitelist: a
 * package not listed is forbidden, third-party libraries are not restricted here), every
 * top-level package must appear in the list, there are no cycles between top-level packages, and
 * only web and cli know Spring. The lists are the arrows of docs/architecture.md; change both
 * together.
 */
@AnalyzeClasses(packages = "org.lifecircle", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.lifecircle";

    /** Every top-level package the picture places; a class anywhere else fails {@link #everyPackageIsPlaced}. */
    private static final String[] PLACED = {
        "cli", "web", "planning", "scenario", "store", "study", "coverage", "siting", "rounds",
        "network", "population", "facility", "project", "demo", "geo", "io"
    };

    private static final String[] BASE = {"geo", "io"};
    private static final String[] DATA = {"network", "population", "facility", "geo", "io"};

    @ArchTest
    static final ArchRule cli = layer("cli").mayUse(
            "web", "planning", "scenario", "store", "study", "coverage", "siting", "rounds",
            "network", "population", "facility", "project", "demo", "geo", "io");

    @ArchTest
    static final ArchRule web = layer("web").mayUse(
            "planning", "scenario", "store", "study", "coverage", "siting", "rounds",
            "network", "population", "facility", "project", "demo", "geo", "io");

    @ArchTest
    static final ArchRule planning = layer("planning").mayUse(
            "scenario", "store", "study", "coverage", "siting", "rounds",
            "network", "population", "facility", "project", "geo", "io");

    @ArchTest
    static final ArchRule store = layer("store").mayUse(
            "scenario", "study", "coverage", "siting", "rounds", "network", "population", "facility", "project", "geo", "io");

    @ArchTest
    static final ArchRule scenario = layer("scenario").mayUse(
            "study", "coverage", "siting", "network", "population", "facility", "project", "geo", "io");

    @ArchTest
    static final ArchRule study = layer("study").mayUse(
            "project", "coverage", "network", "population", "facility", "geo", "io");

    @ArchTest
    static final ArchRule coverage = layer("coverage").mayUse(DATA);

    @ArchTest
    static final ArchRule siting = layer("siting").mayUse(DATA);

    @ArchTest
    static final ArchRule rounds = layer("rounds").mayUse(DATA);

    @ArchTest
    static final ArchRule network = layer("network").mayUse(BASE);

    @ArchTest
    static final ArchRule population = layer("population").mayUse(BASE);

    @ArchTest
    static final ArchRule facility = layer("facility").mayUse(BASE);

    @ArchTest
    static final ArchRule project = layer("project").mayUse("facility", "geo", "io");

    @ArchTest
    static final ArchRule demo = layer("demo").mayUse(BASE);

    @ArchTest
    static final ArchRule io = layer("io").mayUse("geo");

    @ArchTest
    static final ArchRule geo = layer("geo").mayUse();

    @ArchTest
    static final ArchRule everyPackageIsPlaced = classes()
            .that().resideInAPackage(ROOT + "..")
            .should().resideInAnyPackage(packages(PLACED))
            .as("every class of " + ROOT + " lives in a top-level package that ArchitectureTest places");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices()
            .matching(ROOT + ".(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyWebAndCliKnowSpring = noClasses()
            .that().resideInAPackage(ROOT + "..")
            .and().resideOutsideOfPackages(packages("web", "cli"))
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
            .as("engines, use cases and the store import nothing from Spring");

    private static Layer layer(String name) {
        return new Layer(name);
    }

    /** One top-level package and the builder of its whitelist rule. */
    private record Layer(String name) {

        ArchRule mayUse(String... allowed) {
            String[] own = packages(concat(new String[] {name}, allowed));
            String list = allowed.length == 0 ? "no other package of ours" : String.join(", ", allowed);
            return noClasses()
                    .that().resideInAPackage(ROOT + "." + name + "..")
                    .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(not(resideInAnyPackage(own))))
                    .as(name + " may depend only on " + list)
                    .allowEmptyShould(true);
        }
    }

    private static String[] packages(String... names) {
        return Arrays.stream(names).map(n -> ROOT + "." + n + "..").toArray(String[]::new);
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Arrays.stream(a), Arrays.stream(b)).toArray(String[]::new);
    }
}
