/**
 * Conversation intelligence: a transcript (speaker segments) is read by the organization's analyzer
 * into intent, sentiment, qualification, topics, objections, next steps, a summary and call
 * quality. Analyzers: {@code local} (offline, deterministic, lexicon and rule based) and
 * {@code openai_compatible} (any OpenAI-compatible chat completions endpoint). Each organization
 * picks its analyzer and adds its own qualification questions and extraction fields.
 */
@ApplicationModule(
        displayName = "Conversations",
        allowedDependencies = {
            "compliance",
            "db",
            "identity",
            "jobs",
            "leads",
            "notifications",
            "shared",
            "telephony",
            "tenancy"
        })
@NullMarked
package io.switchboard.conversations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
