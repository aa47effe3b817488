package io.switchboard.telephony;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.switchboard.shared.Ids;
import java.util.UUID;

/** A voice streaming server. */
public record VoiceServerId(UUID value) {

    @JsonCreator
    public static VoiceServerId of(UUID value) {
        return new VoiceServerId(value);
    }

    public static VoiceServerId generate() {
        return new VoiceServerId(Ids.next());
    }

    @JsonValue
    public UUID value() {
        return value;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
