package io.switchboard.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void splitsAHeadlineIntoMarkedRuns() {
        Snippet snippet = Snippet.fromHeadline("what \u0002financing\u0003 options <b>you</b> \u0002offer\u0003");
        assertThat(snippet.text()).isEqualTo("what financing options <b>you</b> offer");
        assertThat(snippet.parts())
                .containsExactly(
                        new Snippet.Part("what ", false),
                        new Snippet.Part("financing", true),
                        new Snippet.Part(" options <b>you</b> ", false),
                        new Snippet.Part("offer", true));
    }

    @Test
    void aHeadlineWithoutMatchesIsOnePlainRun() {
        assertThat(Snippet.fromHeadline("nothing here").parts())
                .containsExactly(new Snippet.Part("nothing here", false));
        assertThat(Snippet.fromHeadline("").parts()).isEmpty();
    }
}
