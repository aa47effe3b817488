package io.switchboard.campaigns.internal;

import io.switchboard.compliance.DecisionReason;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The reasons an exclusion can carry: the calling gate's, plus credit, a lead gone, and an agent or
 * caller number that cannot be used.
 */
final class Reasons {

    static final String NO_AGENT_OR_NUMBER = "no_agent_or_number";

    static final Set<String> ALL = Stream.concat(
                    Arrays.stream(DecisionReason.values()).map(Object::toString),
                    Stream.of("insufficient_credit", "lead_unavailable", NO_AGENT_OR_NUMBER))
            .collect(Collectors.toUnmodifiableSet());

    private Reasons() {}

    static boolean known(String code) {
        return ALL.contains(code);
    }
}
