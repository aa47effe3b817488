package io.switchboard.telephony;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A partial update; a changed URL is checked again before calls use it. */
@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
public record VoiceServerChanges(
        @Nullable Optional<String> name,
        @Nullable Optional<String> url,
        @Nullable Optional<Integer> priority,
        @Nullable Optional<Boolean> active) {}
