package io.switchboard.telephony;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** A call with its status history, oldest first. */
public record CallDetail(@JsonUnwrapped Call call, List<CallEvent> events) {}
