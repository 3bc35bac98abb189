package com.netfocus.gateway.briefing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BriefingCompositionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachContactWhoFitsAShownTargetComesOnceWithTheTargetsAndWhatOutreachLearned() throws Exception {
        JsonNode briefing = JSON.readTree("""
                {"planId":"p1","targets":[{"targetId":"t1"},{"targetId":"t2"}],
                 "learned":[{"targetId":"t1","summary":"they care about cash flow"},
                            {"targetId":"t3","summary":"not shown here"}]}""");
        JsonNode matches = JSON.readTree("""
                {"planId":"p1","matches":[
                  {"targetId":"t1","contacts":[{"contactId":"c1","name":"Ann Lee","company":"St. Mary"},
                                               {"contactId":"c2","name":"Bo Chen"}]},
                  {"targetId":"t2","contacts":[{"contactId":"c1","name":"Ann Lee","company":"St. Mary"}]},
                  {"targetId":"t9","contacts":[{"contactId":"c9","name":"Not at this platform"}]}]}""");

        JsonNode composed = BriefingComposition.compose(briefing, matches);

        assertThat(composed.get("planId").asText()).isEqualTo("p1");
        assertThat(composed.get("knownContactsUnavailable").asBoolean()).isFalse();
        assertThat(composed.get("knownContacts")).hasSize(2);
        JsonNode ann = composed.get("knownContacts").get(0);
        assertThat(ann.get("name").asText()).isEqualTo("Ann Lee");
        assertThat(ann.get("targetIds")).extracting(JsonNode::asText).containsExactly("t1", "t2");
        assertThat(ann.get("learned")).extracting(JsonNode::asText).containsExactly("they care about cash flow");
        assertThat(ann.get("email").isNull()).isTrue();
        assertThat(composed.get("knownContacts").get(1).get("contactId").asText()).isEqualTo("c2");
        assertThat(briefing.has("knownContacts")).as("the part itself is left as it was").isFalse();
    }

    @Test
    void withoutTheContactServicesPartTheBriefingSaysSo() throws Exception {
        JsonNode composed = BriefingComposition.compose(JSON.readTree("{\"targets\":[{\"targetId\":\"t1\"}]}"), null);

        assertThat(composed.get("knownContacts")).isEmpty();
        assertThat(composed.get("knownContactsUnavailable").asBoolean()).isTrue();
    }
}
