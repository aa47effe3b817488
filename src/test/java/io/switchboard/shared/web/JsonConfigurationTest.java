package io.switchboard.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class JsonConfigurationTest {

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    record Change(Optional<String> name, Optional<Integer> size) {}

    record Named(String name) {}

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
}
