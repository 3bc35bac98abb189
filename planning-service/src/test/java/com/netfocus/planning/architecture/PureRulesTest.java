package com.netfocus.planning.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.boot.context.properties.ConfigurationProperties;

import static com.netfocus.planning.architecture.PlanningPackages.ROOT;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The business rules are plain Java, decided from the plan's state, the command and the limits alone: no Spring and
 * no Axon in the rule classes (every *Rules, *Checks, the SMART assessment and its refusals), the shared checks, the
 * plan's state and the rendering of its view. So each is unit-tested on its own, and the aggregate (Axon) and the
 * endpoints (Spring) stay thin around them. Configured limits (@ConfigurationProperties) are settings, not rules.
 */
@AnalyzeClasses(packages = ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class PureRulesTest {

    private static final DescribedPredicate<JavaClass> RULE_LOGIC = DescribedPredicate.describe(
            "hold business rules (the plan's state and view, the shared checks, *Rules, *Checks, the SMART"
                    + " assessment and refusals)",
            PureRulesTest::holdsRules);

    @ArchTest
    static final ArchRule rulesDependOnNoSpring = noClasses().that(RULE_LOGIC)
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule rulesDependOnNoAxon = noClasses().that(RULE_LOGIC)
            .should().dependOnClassesThat().resideInAPackage("org.axonframework..");

    private static boolean holdsRules(JavaClass type) {
        if (type.isAnnotatedWith(ConfigurationProperties.class)) {
            return false;
        }
        String name = type.getSimpleName();
        return type.getPackageName().equals(ROOT + ".state") || type.getPackageName().equals(ROOT + ".checks")
                || type.getPackageName().equals(ROOT + ".view")
                || name.endsWith("Rules") || name.endsWith("Checks") || name.startsWith("Smart");
    }
}
