package io.switchboard.routing;

import io.switchboard.shared.Codes;
import org.jspecify.annotations.Nullable;

/**
 * Where the caller of a call work is: held at the provider while the work waits, then bridged to
 * the agent who accepted it. {@code bridging}: the provider is being asked (never asked twice).
 */
public enum CallLine {
    HELD("on hold"),
    BRIDGING("connecting"),
    RINGING("ringing your phone"),
    CONNECTED("connected"),
    ENDED("call ended"),
    CALLER_HUNG_UP("caller hung up"),
    FAILED("could not be connected");

    private final String label;

    CallLine(String label) {
        this.label = label;
    }

    /** How the desk says it. */
    public String label() {
        return label;
    }

    public static @Nullable CallLine fromNullable(@Nullable String code) {
        return code == null ? null : Codes.parse(CallLine.class, code);
    }

    @Override
    public String toString() {
        return Codes.of(this);
    }
}
