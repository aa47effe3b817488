package io.switchboard.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.shared.InvalidInput;
import org.junit.jupiter.api.Test;

class ConversationSearchTest {

    @Test
    void onlyPlainWordsAreRelaxedToAnyOfThem() {
        assertThat(ConversationSearch.relaxable("who asked about financing?")).isTrue();
        assertThat(ConversationSearch.relaxable("\"financing options\"")).isFalse();
        assertThat(ConversationSearch.relaxable("financing -cash")).isFalse();
        assertThat(ConversationSearch.relaxable("financing or mortgage")).isFalse();
        assertThat(ConversationSearch.relaxable("pre-approved buyers")).isTrue();
    }

    @Test
    void theCursorHoldsThePositionAndTheMatchMode() {
        var position = new ConversationSearch.Position(false, 50);
        assertThat(ConversationSearch.Position.decode(position.encode())).isEqualTo(position);
        assertThatThrownBy(() -> ConversationSearch.Position.decode("bm9wZQ")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> ConversationSearch.Position.decode("%%")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(
                        () -> ConversationSearch.Position.decode(new ConversationSearch.Position(true, 9_999).encode()))
                .isInstanceOf(InvalidInput.class);
    }
}
