package io.switchboard.telephony.internal.simulated;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A scripted conversation the simulator plays on answered calls ({@code simulator/conversations.json}).
 * Placeholders {@code {first_name}}, {@code {agent}} and {@code {company}} are filled per call.
 *
 * @param interested whether the AI may hand this caller to a human
 */
public record Scenario(
        String id,
        int weight,
        boolean interested,
        @Nullable Boolean doNotCall,
        @Nullable String language,
        List<List<String>> segments) {}
