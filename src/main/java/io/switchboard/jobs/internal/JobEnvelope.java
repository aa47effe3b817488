package io.switchboard.jobs.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** What a scheduled instance stores: its organization (none for platform jobs) and its payload. */
record JobEnvelope(@Nullable UUID organization, JsonNode payload) {}
