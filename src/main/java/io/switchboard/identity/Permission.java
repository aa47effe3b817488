package io.switchboard.identity;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a caller may do. Checked on the server for every endpoint ({@code @PreAuthorize}); the codes
 * double as API-key scopes.
 */
public enum Permission {
    USERS_READ("users:read"),
    USERS_WRITE("users:write"),
    TEAMS_READ("teams:read"),
    TEAMS_WRITE("teams:write"),
    PROJECTS_READ("projects:read"),
    PROJECTS_WRITE("projects:write"),
    ORGANIZATION_READ("organization:read"),
    ORGANIZATION_WRITE("organization:write"),
    PLATFORM_ADMIN("platform:admin"),
    LEADS_READ("leads:read"),
    LEADS_WRITE("leads:write"),
    LEADS_DELETE("leads:delete"),
    LEADS_IMPORT("leads:import"),
    LEADS_EXPORT("leads:export"),
    /** Pipelines, stages and custom lead fields. */
    LEADS_CONFIGURE("leads:configure"),
    /** Lead vendors, their intake keys, and marketing campaigns. */
    SOURCES_MANAGE("sources:manage"),
    CALLS_READ("calls:read"),
    CALLS_WRITE("calls:write"),
    /** AI voice agents, phone numbers, voice servers and provider accounts. */
    TELEPHONY_MANAGE("telephony:manage"),
    CAMPAIGNS_READ("campaigns:read"),
    CAMPAIGNS_WRITE("campaigns:write"),
    AUDIT_READ("audit:read"),
    API_KEYS_WRITE("api_keys:write"),
    /** Read the do-not-call lists, consents and calling rules. */
    COMPLIANCE_READ("compliance:read"),
    /** Add numbers to the do-not-call list (one by one or by CSV), record and revoke consent. */
    COMPLIANCE_WRITE("compliance:write"),
    /** Calling window, days, holidays, the consent requirement; removing do-not-call entries. */
    COMPLIANCE_CONFIGURE("compliance:configure"),
    /** See the credit balance and ledger. */
    BILLING_READ("billing:read"),
    /**
     * Low-balance threshold; top-ups, rates and hold sizes too while billing is off (self-hosted).
     */
    BILLING_WRITE("billing:write"),
    /** The organization's figures, dashboards and their exports (one's own figures need no permission). */
    ANALYTICS_READ("analytics:read"),
    /** A lead's messages and its conversation (calls and messages). */
    MESSAGES_READ("messages:read"),
    /** Send messages to leads, play replies on the simulator. */
    MESSAGES_SEND("messages:send"),
    /** Messaging provider accounts, templates and the messaging window. */
    MESSAGING_MANAGE("messaging:manage"),
    /** Set one's own availability, take offers of work and finish it (the agent desk). */
    ROUTING_WORK("routing:work"),
    /** See every agent's availability and the queues (the wallboard), and any work's decisions. */
    ROUTING_READ("routing:read"),
    /** Queues, agents' skills, and putting work into queues. */
    ROUTING_MANAGE("routing:manage");

    private static final Map<String, Permission> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Permission::code, Function.identity()));

    private final String code;

    Permission(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Permission> fromCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    @Override
    public String toString() {
        return code;
    }
}
