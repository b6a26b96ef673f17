package org.lifecircle;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * FEATURE UNDER TEST: the dependency picture of DESIGN.md. Engines are plain Java: they import
 * nothing from Spring, and nothing from the layers above them (web, cli, scenario, store).
 */
@AnalyzeClasses(packages = "org.lifecircle", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] ENGINES = {
        "org.lifecircle.geo..", "org.lifecircle.io..", "org.lifecircle.network..",
        "org.lifecircle.population..", "org.lifecircle.facility..", "org.lifecircle.coverage..",
        "org.lifecircle.siting.."
    };

    @ArchTest
    static final ArchRule enginesKnowNothingOfSpring = noClasses()
            .that().resideInAnyPackage(ENGINES)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule enginesDoNotReachUp = noClasses()
            .that().resideInAnyPackage(ENGINES)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.lifecircle.web..", "org.lifecircle.cli..", "org.lifecircle.scenario..",
                    "org.lifecircle.store..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule storeAndScenarioKnowNothingOfWeb = noClasses()
            .that().resideInAnyPackage("org.lifecircle.store..", "org.lifecircle.scenario..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "org.lifecircle.web..", "org.lifecircle.cli..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule baseLayersDoNotReachUp = noClasses()
            .that().resideInAnyPackage("org.lifecircle.geo..", "org.lifecircle.io..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.lifecircle.network..", "org.lifecircle.population..",
                    "org.lifecircle.facility..", "org.lifecircle.coverage..",
                    "org.lifecircle.siting..")
            .allowEmptyShould(true);
}
