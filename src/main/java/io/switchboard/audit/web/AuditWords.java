package io.switchboard.audit.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The words of audit sentences: what each table's rows are called, field names, references. */
final class AuditWords {

    static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** A record of these types is a person: named without a noun ("of Hannah Schultz"). */
    static final Set<String> PEOPLE = Set.of("leads", "users", "user_invitations");

    /** Types with one row per organization: "the calling rules", never an id. */
    static final Set<String> SINGLETONS = Set.of(
            "organizations",
            "organization_security",
            "organization_sso",
            "compliance_settings",
            "analysis_settings",
            "scoring_settings",
            "credit_accounts");

    /** Fields that are bookkeeping rather than something a person changed. */
    static final Set<String> HIDDEN = Set.of("id", "organization_id", "created_at", "updated_at", "search_vector");

    private static final Map<String, String> NOUNS = Map.ofEntries(
            Map.entry("leads", "lead"),
            Map.entry("users", "user"),
            Map.entry("user_invitations", "invitation"),
            Map.entry("user_sessions", "session"),
            Map.entry("user_identities", "sign-in identity"),
            Map.entry("teams", "team"),
            Map.entry("team_members", "team membership"),
            Map.entry("projects", "project"),
            Map.entry("organizations", "organization"),
            Map.entry("organization_security", "security settings"),
            Map.entry("organization_sso", "single sign-on settings"),
            Map.entry("custom_roles", "role"),
            Map.entry("api_keys", "API key"),
            Map.entry("lead_stakeholders", "stakeholder"),
            Map.entry("lead_notes", "note"),
            Map.entry("tasks", "task"),
            Map.entry("lead_assignments", "assignment"),
            Map.entry("pipelines", "pipeline"),
            Map.entry("pipeline_stages", "pipeline stage"),
            Map.entry("lead_custom_fields", "custom field"),
            Map.entry("lead_views", "saved view"),
            Map.entry("lead_imports", "import"),
            Map.entry("lead_import", "import"),
            Map.entry("lead_import_mappings", "import mapping"),
            Map.entry("vendors", "lead vendor"),
            Map.entry("marketing_campaigns", "marketing campaign"),
            Map.entry("ai_agents", "AI agent"),
            Map.entry("phone_numbers", "phone number"),
            Map.entry("voice_servers", "voice server"),
            Map.entry("voice_provider_accounts", "voice provider account"),
            Map.entry("campaigns", "campaign"),
            Map.entry("campaign", "campaign"),
            Map.entry("analysis_settings", "analysis settings"),
            Map.entry("do_not_call", "do-not-call entry"),
            Map.entry("platform_do_not_call", "platform do-not-call entry"),
            Map.entry("dnc_imports", "do-not-call import"),
            Map.entry("lead_consents", "consent"),
            Map.entry("compliance_settings", "calling rules"),
            Map.entry("compliance_holidays", "holiday"),
            Map.entry("credit_accounts", "credit account"),
            Map.entry("credit_ledger", "credit entry"),
            Map.entry("scoring_settings", "scoring settings"),
            Map.entry("scoring_groups", "scoring group"),
            Map.entry("scoring_rules", "scoring rule"),
            Map.entry("scoring_recomputes", "score recompute"));

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("stage_id", "Pipeline stage"),
            Map.entry("pipeline_id", "Pipeline"),
            Map.entry("assigned_to", "Owner"),
            Map.entry("owner_id", "Owner"),
            Map.entry("user_id", "User"),
            Map.entry("lead_id", "Lead"),
            Map.entry("team_id", "Team"),
            Map.entry("manager_id", "Manager"),
            Map.entry("created_by", "Created by"),
            Map.entry("assignee_id", "Assignee"),
            Map.entry("parent_team_id", "Parent team"),
            Map.entry("merged_into_id", "Merged into"),
            Map.entry("invited_by", "Invited by"),
            Map.entry("agent_id", "AI agent"),
            Map.entry("ai_agent_id", "AI agent"),
            Map.entry("campaign_id", "Campaign"),
            Map.entry("email", "E-mail"),
            Map.entry("timezone", "Time zone"),
            Map.entry("linkedin_url", "LinkedIn"),
            Map.entry("role", "Role"),
            Map.entry("custom_role_id", "Custom role"),
            Map.entry("completion_reason", "Reason"),
            Map.entry("due_at", "Due"),
            Map.entry("custom_fields", "Custom fields"));

    /** Fields whose value is the id of a record of another type, and that type. */
    static final Map<String, String> REFERENCES = Map.ofEntries(
            Map.entry("stage_id", "pipeline_stages"),
            Map.entry("pipeline_id", "pipelines"),
            Map.entry("assigned_to", "users"),
            Map.entry("owner_id", "users"),
            Map.entry("user_id", "users"),
            Map.entry("manager_id", "users"),
            Map.entry("created_by", "users"),
            Map.entry("invited_by", "users"),
            Map.entry("assigned_by", "users"),
            Map.entry("lead_id", "leads"),
            Map.entry("team_id", "teams"),
            Map.entry("parent_id", "teams"),
            Map.entry("project_id", "projects"),
            Map.entry("agent_id", "ai_agents"),
            Map.entry("ai_agent_id", "ai_agents"),
            Map.entry("campaign_id", "campaigns"),
            Map.entry("assignee_id", "users"),
            Map.entry("assigned_user_id", "users"),
            Map.entry("assigned_ai_agent_id", "ai_agents"),
            Map.entry("parent_team_id", "teams"),
            Map.entry("merged_into_id", "leads"),
            Map.entry("import_id", "lead_imports"),
            Map.entry("custom_role_id", "custom_roles"));

    /** Application entries spell some types in the singular; row entries use the table name. */
    private static final Map<String, String> ALIASES = Map.of("campaign", "campaigns", "lead_import", "lead_imports");

    private AuditWords() {}

    /** The table name for an entity type, whichever way the entry spelt it. */
    static String type(String entityType) {
        return ALIASES.getOrDefault(entityType, entityType);
    }

    /** "lead", "pipeline stage": what a row of {@code type} is called. */
    static String noun(String type) {
        String noun = NOUNS.get(type);
        if (noun != null) {
            return noun;
        }
        String words = type.replace('_', ' ');
        return words.endsWith("s") ? words.substring(0, words.length() - 1) : words;
    }

    /** "Pipeline stage" for {@code stage_id}, "Expected close date" for {@code expected_close_date}. */
    static String field(String column) {
        String label = FIELDS.get(column);
        if (label != null) {
            return label;
        }
        String words = column.endsWith("_id") ? column.substring(0, column.length() - 3) : column;
        return capitalize(words.replace('_', ' '));
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** "a lead", "an import", "an AI agent". */
    static String article(String noun) {
        return ("aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
