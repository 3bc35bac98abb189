package com.netfocus.planning.objective;

import com.netfocus.contracts.plan.SmartVerdict;
import com.netfocus.planning.limits.SmartRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Specific check with the phrases and vocabulary the service runs with (application.yml): the seed's unfocused
 * reasons and more of the kind are refused, and every focused objective of the demo data, the tests and the load
 * scripts passes.
 */
class ConfiguredSmartRulesTest {

    private static final SmartAssessment CONFIGURED = new SmartAssessment(configured());

    @ParameterizedTest
    @ValueSource(strings = {
            // the seed's five
            "I'm just networking", "to meet new people", "my boss told me to", "to tell my story to strangers",
            "they're serving shrimp",
            // perks, pastimes and vague hopes
            "Free drinks at the Hilton", "There is free food after the keynote", "Free lunch at the conference centre",
            "They have an open bar at the Grand Hotel", "Hand out as many business cards as I can",
            "Go along and see what happens", "To get my name out there", "Kill time before my flight home",
            "Because everyone else is going", "I had nothing better to do", "To get out of the office for a day",
            "Just for fun", "Just to mingle", "To expand my network", "Grow my network in Stockholm",
            "See and be seen at the Gala", "Pick up freebies at the Trade Show"})
    void unfocusedReasonsAreNotSpecific(String statement) {
        SmartVerdict specific = CONFIGURED.specific(statement);

        assertThat(specific.ok()).as(statement).isFalse();
        assertThat(specific.reason()).contains("unfocused");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dinner at the Hilton", "Coffee with Anna at Espresso House", "Visit the Nobel Museum"})
    void aPlaceOrANameAloneSaysWhereNotWhom(String statement) {
        SmartVerdict specific = CONFIGURED.specific(statement);

        assertThat(specific.ok()).as(statement).isFalse();
        assertThat(specific.reason()).contains("kind of people");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // the demo data
            "Learn from procurement directors in Nordic retail which supply-chain problems they will budget for next year",
            "Get introductions to category managers in Nordic retail through two existing customers",
            "Learn from supply-chain directors in logistics which visibility tools they plan to buy next year",
            "Meet 30 e-commerce founders to learn how they choose fulfilment partners",
            // the tests, the walkthrough and the load scripts
            "Learn how hospital CFOs choose billing software", "Learn how hospital CIOs choose billing software",
            "Learn how hospital CFOs buy billing software", "meet hospital CFOs", "meet CIOs", "meet buyers",
            "Meet three CFOs in logistics", "Learn from logistics directors in manufacturing how they choose carriers",
            "Learn from procurement directors in retail which problems they will budget for",
            "Understand from finance managers in manufacturing how they choose suppliers for cost reduction projects",
            "Hear from IT executives in healthcare which software projects their hospitals plan to start",
            "get introduced to members of the Rotary club",
            "Learn from members of the Stockholm Chamber of Commerce which suppliers they trust"})
    void focusedObjectivesPass(String statement) {
        assertThat(CONFIGURED.specific(statement).ok()).as(statement).isTrue();
    }

    @Test
    void theConfigurationHoldsTheSeedsPhrasesAndGroupsOfPeople() {
        SmartRules rules = configured();

        assertThat(rules.unfocusedPhrases()).contains("just networking", "meet new people", "boss told me",
                "story to strangers", "serving shrimp", "free drinks");
        assertThat(rules.peopleVocabulary()).contains("cfo", "director", "member", "club", "chamber");
    }

    private static SmartRules configured() {
        try {
            List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("application.yml",
                    new ClassPathResource("application.yml"));
            return new Binder(ConfigurationPropertySources.from(yaml)).bind("netfocus.planning.smart",
                    SmartRules.class).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
