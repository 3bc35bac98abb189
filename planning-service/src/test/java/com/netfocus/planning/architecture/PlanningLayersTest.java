package com.netfocus.planning.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.netfocus.planning.architecture.PlanningPackages.FEATURES;
import static com.netfocus.planning.architecture.PlanningPackages.PLAN;
import static com.netfocus.planning.architecture.PlanningPackages.PLAN_CORE;
import static com.netfocus.planning.architecture.PlanningPackages.ROOT;
import static com.netfocus.planning.architecture.PlanningPackages.SERVICE_SUPPORT;
import static com.netfocus.planning.architecture.PlanningPackages.STORAGE;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Planning in layers, each importing only the ones below it: the aggregate and the plan's reads on top (beside the
 * event store and publication), the features in between, the plan's core below them, the service's plumbing at the
 * bottom. A feature never reaches the aggregate; it reads a plan through view.PlanViews.
 */
@AnalyzeClasses(packages = ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class PlanningLayersTest {

    private static final String AGGREGATE = "Aggregate and plan reads";
    private static final String STORAGE_LAYER = "Event store and publication";
    private static final String FEATURE_LAYER = "Features";
    private static final String CORE = "Plan core";
    private static final String PLUMBING = "Service support";

    @ArchTest
    static final ArchRule layersOnlyImportTheLayersBelow = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer(AGGREGATE).definedBy(PLAN)
            .layer(STORAGE_LAYER).definedBy(STORAGE)
            .layer(FEATURE_LAYER).definedBy(FEATURES)
            .layer(CORE).definedBy(PLAN_CORE)
            .layer(PLUMBING).definedBy(SERVICE_SUPPORT)
            .whereLayer(AGGREGATE).mayNotBeAccessedByAnyLayer()
            .whereLayer(STORAGE_LAYER).mayNotBeAccessedByAnyLayer()
            .whereLayer(FEATURE_LAYER).mayOnlyBeAccessedByLayers(AGGREGATE)
            .whereLayer(CORE).mayOnlyBeAccessedByLayers(AGGREGATE, STORAGE_LAYER, FEATURE_LAYER)
            .whereLayer(PLUMBING).mayOnlyBeAccessedByLayers(AGGREGATE, STORAGE_LAYER, FEATURE_LAYER, CORE);

    @ArchTest
    static final ArchRule noCyclesBetweenPlanningsPackages = slices()
            .matching(ROOT + ".(*)..")
            .namingSlices("$1")
            .should().beFreeOfCycles();

    /** The ground the rest stands on: these import nothing else of planning. */
    @ArchTest
    static final ArchRule theStateStandsAlone = standsAlone("state");
    @ArchTest
    static final ArchRule theLimitsStandAlone = standsAlone("limits");
    @ArchTest
    static final ArchRule sendingCommandsStandsAlone = standsAlone("sending");

    private static ArchRule standsAlone(String packageName) {
        String own = ROOT + "." + packageName + "..";
        return classes().that().resideInAPackage(own)
                .should().onlyDependOnClassesThat(resideInAPackage(own).or(resideOutsideOfPackage(ROOT + "..")));
    }
}
