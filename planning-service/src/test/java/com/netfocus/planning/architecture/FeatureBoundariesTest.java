package com.netfocus.planning.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.web.bind.annotation.RestController;

import static com.netfocus.planning.architecture.PlanningPackages.FEATURES;
import static com.netfocus.planning.architecture.PlanningPackages.ROOT;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * What a feature keeps to itself. Its commands and rules are its own and the aggregate's, which handles the commands
 * with the rules: no other feature, no core class, no reader uses them. A request body belongs to the web edge: only
 * endpoints and other request bodies read it; the command carries what the aggregate needs. Endpoints and listeners
 * are entered by Spring, not by code, so they are not public, and neither is a request body that only its own
 * package reads.
 */
@AnalyzeClasses(packages = ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class FeatureBoundariesTest {

    private static final String AGGREGATE_PACKAGE = ROOT + ".plan";

    private static final DescribedPredicate<JavaClass> COMMANDS_AND_RULES = DescribedPredicate.describe(
            "are commands (a field names the target aggregate) or rules", type -> type.getSimpleName().endsWith("Rules")
                    || type.getAllFields().stream().anyMatch(field -> field.isAnnotatedWith(
                    TargetAggregateIdentifier.class)));
    private static final DescribedPredicate<JavaClass> REQUEST_BODIES = DescribedPredicate.describe(
            "are request bodies", type -> type.getSimpleName().endsWith("Request"));
    private static final DescribedPredicate<JavaClass> ENDPOINTS_OR_REQUEST_BODIES = DescribedPredicate.describe(
            "are endpoints or request bodies", type -> type.isAnnotatedWith(RestController.class)
                    || REQUEST_BODIES.test(type));
    private static final DescribedPredicate<JavaClass> ENTRY_POINTS = DescribedPredicate.describe(
            "are endpoints or listeners", type -> type.isAnnotatedWith(RestController.class)
                    || type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(KafkaListener.class)));

    @ArchTest
    static final ArchRule commandsAndRulesAreUsedOnlyByTheirFeatureAndTheAggregate = classes()
            .that().resideInAnyPackage(FEATURES).and(COMMANDS_AND_RULES)
            .should(beUsedOnlyInTheirPackageAndIn(AGGREGATE_PACKAGE));

    @ArchTest
    static final ArchRule requestBodiesAreReadOnlyByEndpointsAndOtherBodies = classes()
            .that().resideInAPackage(ROOT + "..").and(REQUEST_BODIES)
            .should().onlyHaveDependentClassesThat(ENDPOINTS_OR_REQUEST_BODIES);

    @ArchTest
    static final ArchRule endpointsAndListenersOfFeaturesAreNotPublic = classes()
            .that().resideInAnyPackage(FEATURES).and(ENTRY_POINTS)
            .should().notBePublic();

    @ArchTest
    static final ArchRule requestBodiesOnlyTheirPackageReadsAreNotPublic = classes()
            .that().resideInAnyPackage(FEATURES).and(REQUEST_BODIES)
            .should(notBePublicWhenOnlyTheirPackageUsesThem());

    private static ArchCondition<JavaClass> beUsedOnlyInTheirPackageAndIn(String aggregatePackage) {
        return new ArchCondition<>("be used only in their own package and in " + aggregatePackage) {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (Dependency dependency : type.getDirectDependenciesToSelf()) {
                    String from = dependency.getOriginClass().getPackageName();
                    if (!from.equals(type.getPackageName()) && !from.equals(aggregatePackage)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> notBePublicWhenOnlyTheirPackageUsesThem() {
        return new ArchCondition<>("not be public when only their own package uses them") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean usedElsewhere = type.getDirectDependenciesToSelf().stream()
                        .anyMatch(dependency -> !dependency.getOriginClass().getPackageName()
                                .equals(type.getPackageName()));
                if (type.getModifiers().contains(JavaModifier.PUBLIC) && !usedElsewhere) {
                    events.add(SimpleConditionEvent.violated(type, type.getName()
                            + " is public, but only its own package uses it"));
                }
            }
        };
    }
}
