package io.switchboard.conversations;

import org.jspecify.annotations.Nullable;

/** The customer's answer to one of the organization's qualification questions, if they gave one. */
public record QuestionAnswer(String key, String question, @Nullable String answer) {

    public boolean answered() {
        return answer != null;
    }
}
