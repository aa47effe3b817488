package io.switchboard.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class JsonConfigurationTest {

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    record Change(Optional<String> name, Optional<Integer> size) {}

    record Named(String name) {}

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    record Amounts(Long budgetMinor, long ratePerMinute, Integer holdMinutes, Optional<Long> cap) {}

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    record Times(Instant dueAt, LocalDate startDate, LocalTime windowStart, Duration delay, Optional<Instant> at) {}

    record Texts(String note, List<String> tags, Map<String, String> labels, Map<String, Object> customFields) {}

    final JsonMapper json = configured();

    static JsonMapper configured() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new JsonConfiguration().switchboardJson().customize(builder);
        return builder.build();
    }

    @Test
    void absentFieldsStayNullAndExplicitNullsClear() {
        Change change = json.readValue("{\"size\": null}", Change.class);
        assertThat(change.name()).isNull();
        assertThat(change.size()).isEmpty();
        assertThat(json.readValue("{\"name\": \"x\"}", Change.class).name()).contains("x");
    }

    @Test
    void numbersAreNotTextAndUnknownFieldsAreRefused() {
        assertThatThrownBy(() -> json.readValue("{\"name\": 42}", Named.class)).isInstanceOf(DatabindException.class);
        assertThatThrownBy(() -> json.readValue("{\"name\": \"x\", \"nmae\": \"y\"}", Named.class))
                .isInstanceOf(DatabindException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"budgetMinor\": 1.9}",
                "{\"budgetMinor\": 1.0}",
                "{\"ratePerMinute\": 1.9999}",
                "{\"holdMinutes\": 5.5}",
                "{\"cap\": 2.5}",
                "{\"budgetMinor\": \"12\"}",
                "{\"budgetMinor\": []}",
                "{\"budgetMinor\": \"\"}"
            })
    void wholeNumbersAreNeverCoerced(String body) {
        assertThatThrownBy(() -> json.readValue(body, Amounts.class)).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void wholeNumbersAreRead() {
        assertThat(json.readValue("{\"budgetMinor\": 190, \"ratePerMinute\": 2, \"cap\": 7}", Amounts.class))
                .isEqualTo(new Amounts(190L, 2, null, Optional.of(7L)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"dueAt\": 1}",
                "{\"dueAt\": 1.5}",
                "{\"dueAt\": \"12345\"}",
                "{\"dueAt\": \"-5\"}",
                "{\"dueAt\": \"\"}",
                "{\"dueAt\": []}",
                "{\"dueAt\": true}",
                "{\"startDate\": []}",
                "{\"startDate\": [2024, 1, 2]}",
                "{\"startDate\": 19000}",
                "{\"startDate\": \" \"}",
                "{\"windowStart\": [9, 0]}",
                "{\"windowStart\": 32400}",
                "{\"delay\": 60}",
                "{\"delay\": \"60\"}",
                "{\"at\": 1}",
                "{\"at\": []}"
            })
    void datesTimesAndDurationsAreIsoStringsOnly(String body) {
        assertThatThrownBy(() -> json.readValue(body, Times.class))
                .isInstanceOf(MismatchedInputException.class)
                .satisfies(e -> assertThat(((JacksonException) e).getPath()).hasSize(1));
    }

    @Test
    void isoStringsAreRead() {
        Times times = json.readValue(
                "{\"dueAt\": \"2026-05-01T09:30:00Z\", \"startDate\": \"2026-05-01\", \"windowStart\": \"09:00\","
                        + " \"delay\": \"PT5M\", \"at\": \"2026-05-01T09:30:00+02:00\"}",
                Times.class);
        assertThat(times)
                .isEqualTo(new Times(
                        Instant.parse("2026-05-01T09:30:00Z"),
                        LocalDate.of(2026, 5, 1),
                        LocalTime.of(9, 0),
                        Duration.ofMinutes(5),
                        Optional.of(Instant.parse("2026-05-01T07:30:00Z"))));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"note\": \"a\\u0000b\"}|note",
                "{\"tags\": [\"ok\", \"\\u0000\"]}|tags[1]",
                "{\"labels\": {\"k\": \"v\\u0000\"}}|labels.k",
                "{\"labels\": {\"k\\u0000\": \"v\"}}|labels",
                "{\"customFields\": {\"a\": {\"b\": [1, \"x\\u0000\"]}}}|customFields.a",
                "{\"customFields\": {\"a\": {\"b\\u0000\": 1}}}|customFields.a",
                "{\"customFields\": {\"a\\u0000\": 1}}|customFields"
            })
    void nulCharactersAreRefusedWhereverTheyAre(String body, String path) {
        assertThatThrownBy(() -> json.readValue(body, Texts.class))
                .isInstanceOfSatisfying(StrictJson.Refused.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid_character");
                    assertThat(path(e)).isEqualTo(path);
                });
    }

    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    @Test
    void textWithoutNulIsRead() {
        Texts texts = json.readValue(
                "{\"note\": \"tab\\there\", \"tags\": [\"a\"], \"labels\": {\"k\": \"v\"},"
                        + " \"customFields\": {\"n\": [1, \"x\"]}}",
                Texts.class);
        assertThat(texts.note()).isEqualTo("tab\there");
        assertThat(texts.customFields()).containsEntry("n", List.of(1, "x"));
    }
}
