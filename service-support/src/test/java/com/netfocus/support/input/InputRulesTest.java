package com.netfocus.support.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.util.unit.DataSize;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The input rules on their own: which text each kind of field takes, and JSON read strictly with them. */
class InputRulesTest {

    private static final String EMOJI = "\uD83D\uDE80";
    private static final InputProperties PROPERTIES = new InputProperties(DataSize.ofMegabytes(1),
            Set.of("name", "notes"), Set.of("notes"));

    enum Channel { PHONE }

    record Body(String name, String notes, String email, String contactId, List<String> targetIds, Double hours,
                BigDecimal cost, Integer count, Boolean flag, LocalDate day, Instant at, Channel channel) {
    }

    private final ObjectMapper mapper = mapper();

    private static ObjectMapper mapper() {
        Jackson2ObjectMapperBuilder builder = new Jackson2ObjectMapperBuilder();
        new InputRulesAutoConfiguration().strictJson().customize(builder);
        builder.modulesToInstall(new InputRulesModule(PROPERTIES));
        return builder.build();
    }

    @Test
    void textKindsFollowTheFieldsNames() {
        assertThat(PROPERTIES.kindOf("name")).isEqualTo(TextKind.FREE_TEXT);
        assertThat(PROPERTIES.kindOf("notes")).isEqualTo(TextKind.MULTI_LINE_TEXT);
        assertThat(PROPERTIES.kindOf("email")).isEqualTo(TextKind.CODE);
        assertThat(PROPERTIES.kindOf("planId")).isEqualTo(TextKind.ID);
        assertThat(PROPERTIES.kindOf("targetIds")).isEqualTo(TextKind.ID);
    }

    @Test
    void emojiAreDataInFreeTextOnly() {
        assertThat(TextKind.FREE_TEXT.refusal("Café " + EMOJI + " \uD83D\uDC69\u200D\uD83D\uDCBC")).isEmpty();
        assertThat(TextKind.MULTI_LINE_TEXT.refusal("a " + EMOJI)).isEmpty();
        assertThat(TextKind.CODE.refusal("ann" + EMOJI + "@example.org")).isPresent();
        assertThat(TextKind.CODE.refusal("☕")).isPresent();
        assertThat(TextKind.CODE.refusal("a\u200Db")).as("a zero-width joiner").isPresent();
        assertThat(TextKind.CODE.refusal("Zoë Ødegård +46 (8) 1/2-3")).isEmpty();
    }

    @Test
    void controlCharactersAreRefusedExceptLineBreaksAndTabsInMultiLineText() {
        assertThat(TextKind.MULTI_LINE_TEXT.refusal("one\ntwo\tthree")).isEmpty();
        assertThat(TextKind.MULTI_LINE_TEXT.refusal("bell\u0007")).isPresent();
        assertThat(TextKind.MULTI_LINE_TEXT.refusal("cr\r")).isPresent();
        assertThat(TextKind.FREE_TEXT.refusal("one\ntwo")).isPresent();
        assertThat(TextKind.FREE_TEXT.refusal("nul\u0000")).isPresent();
        assertThat(TextKind.FREE_TEXT.refusal("half \uD800")).isPresent();
    }

    @Test
    void idsAreUuids() {
        assertThat(TextKind.ID.refusal("3f2b8c1e-0a4d-4c6e-9b7a-2d5e8f1c0b9a")).isEmpty();
        assertThat(TextKind.ID.refusal("plan-1")).isPresent();
        assertThat(TextKind.ID.refusal("3f2b8c1e-0a4d-4c6e-9b7a-2d5e8f1c0b9a ")).isPresent();
    }

    @Test
    void validJsonIsReadAsSent() throws Exception {
        Body body = mapper.readValue("""
                {"name":"Ann %s","notes":"a\\nb","email":"ann@example.org","contactId":"3f2b8c1e-0a4d-4c6e-9b7a-2d5e8f1c0b9a",
                 "targetIds":["3f2b8c1e-0a4d-4c6e-9b7a-2d5e8f1c0b9a"],"hours":1.5,"cost":2.25,"count":3,"flag":true,
                 "day":"2026-11-26","at":"2026-11-26T10:00:00+01:00","channel":"PHONE"}""".formatted(EMOJI), Body.class);
        assertThat(body.name()).isEqualTo("Ann " + EMOJI);
        assertThat(body.at()).isEqualTo(Instant.parse("2026-11-26T09:00:00Z"));
    }

    @Test
    void badJsonIsRefusedOnItsField() {
        refused("{\"name\":5}", "name");
        refused("{\"email\":\"a" + EMOJI + "@b.org\"}", "email");
        refused("{\"contactId\":\"c-1\"}", "contactId");
        refused("{\"targetIds\":[\"t-1\"]}", "targetIds");
        refused("{\"name\":{\"$gt\":\"\"}}", "name");
        refused("{\"hours\":\"NaN\"}", "hours");
        refused("{\"hours\":1e400}", "hours");
        refused("{\"cost\":1e400}", "cost");
        refused("{\"count\":\"5\"}", "count");
        refused("{\"count\":2.5}", "count");
        refused("{\"flag\":1}", "flag");
        refused("{\"day\":\"2026-11-26T10:00:00Z\"}", "day");
        refused("{\"day\":\"2026-02-30\"}", "day");
        refused("{\"day\":\"2026-11-26\\u0007\"}", "day");
        // Jackson would read [] as no date and [2026,11,26] as a date: a date is ISO text, nothing else
        refused("{\"day\":[]}", "day");
        refused("{\"day\":[2026,11,26]}", "day");
        refused("{\"day\":20261126}", "day");
        refused("{\"at\":\"2026-11-26T10:00:00\"}", "at");
        refused("{\"at\":1764150000}", "at");
        refused("{\"channel\":0}", "channel");
        refused("{\"channel\":\"PHONE\\u0000\"}", "channel");
    }

    private void refused(String json, String field) {
        assertThatThrownBy(() -> mapper.readValue(json, Body.class)).as(json)
                .isInstanceOfSatisfying(MismatchedInputException.class, e ->
                        assertThat(e.getPath().get(0).getFieldName()).isEqualTo(field));
    }
}
