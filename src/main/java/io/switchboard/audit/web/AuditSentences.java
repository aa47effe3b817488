package io.switchboard.audit.web;

import static io.switchboard.audit.web.AuditWords.article;
import static io.switchboard.audit.web.AuditWords.capitalize;
import static io.switchboard.audit.web.AuditWords.noun;

import io.switchboard.audit.AuditEntry;
import io.switchboard.audit.web.AuditSentence.Change;
import io.switchboard.audit.web.AuditSentence.Part;
import io.switchboard.shared.EntityNames.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns audit entries into sentences. Pure: the names of the people and records an entry refers
 * to are looked up beforehand, for a whole page at once ({@link #references}), and passed in.
 */
final class AuditSentences {

    /** The names found for a page: null for what no longer exists (or never did). */
    interface Names {
        @Nullable
        Named find(String type, String id);
    }

    private static final Map<String, String> STATUS_VERBS = Map.of(
            "paused",
            "paused",
            "completed",
            "completed",
            "active",
            "started",
            "cancelled",
            "cancelled",
            "archived",
            "archived");

    /** Application entries (not row changes) and how they read; {@code %s} is what they concern. */
    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("auth.signed_in", "signed in"),
            Map.entry("auth.signed_out", "signed out"),
            Map.entry("auth.sign_in_failed", "failed to sign in as %s"),
            Map.entry("auth.two_factor_enabled", "turned on two-factor sign-in for %s"),
            Map.entry("auth.two_factor_disabled", "turned off two-factor sign-in for %s"),
            Map.entry("auth.two_factor_failed", "entered a wrong two-factor code for %s"),
            Map.entry("auth.password_reset", "reset the password of %s"),
            Map.entry("auth.email_verified", "verified the e-mail address of %s"),
            Map.entry("auth.sessions_revoked", "signed %s out everywhere"),
            Map.entry("auth.session_revoked", "ended %s"),
            Map.entry("auth.refresh_token_reused", "reused an old sign-in token of %s"),
            Map.entry("campaign.started", "started %s"),
            Map.entry("campaign.paused", "paused %s"),
            Map.entry("campaign.resumed", "resumed %s"),
            Map.entry("campaign.deleted", "deleted %s"),
            Map.entry("campaign.members_added", "added leads to %s"),
            Map.entry("lead_import.completed", "finished %s"),
            Map.entry("lead_import.undone", "undid %s"),
            Map.entry("do_not_call.imported", "imported %s"),
            Map.entry("scoring.recomputed", "recomputed the lead scores"));

    private AuditSentences() {}

    /** What the page's entries refer to, by type: one lookup per type for the whole page. */
    static Map<String, Set<String>> references(List<AuditEntry> entries) {
        Map<String, Set<String>> wanted = new LinkedHashMap<>();
        for (AuditEntry e : entries) {
            if (e.actorId() != null) {
                wanted.computeIfAbsent("users", t -> new LinkedHashSet<>())
                        .add(e.actorId().toString());
            }
            if (e.entityId() != null && !AuditWords.SINGLETONS.contains(e.entityType())) {
                wanted.computeIfAbsent(AuditWords.type(e.entityType()), t -> new LinkedHashSet<>())
                        .add(e.entityId());
            }
            for (Map<String, Object> values : new Map[] {e.oldValues(), e.newValues()}) {
                if (values != null) {
                    values.forEach((field, value) -> {
                        String type = AuditWords.REFERENCES.get(field);
                        if (type != null && value instanceof String id) {
                            wanted.computeIfAbsent(type, t -> new LinkedHashSet<>())
                                    .add(id);
                        }
                    });
                }
            }
        }
        return wanted;
    }

    static AuditSentence render(AuditEntry e, Names names) {
        List<Change> changes = changes(e, names);
        List<Part> parts = new ArrayList<>();
        parts.add(actor(e, names));
        String op = e.action().substring(e.action().lastIndexOf('.') + 1);
        String template = ACTIONS.get(e.action());
        if (template != null) {
            phrase(parts, template, subject(e, names));
            reason(parts, e);
        } else if (op.equals("created")) {
            created(parts, e, names);
        } else if (op.equals("deleted")) {
            parts.add(Part.text(" deleted "));
            parts.addAll(deleted(e));
        } else if (op.equals("updated")) {
            updated(parts, e, changes, names);
        } else {
            phrase(
                    parts,
                    e.action().substring(e.action().indexOf('.') + 1).replace('_', ' ') + " %s",
                    subject(e, names));
        }
        parts.set(
                0,
                new Part(capitalize(parts.getFirst().text()), parts.getFirst().href()));
        return new AuditSentence(List.copyOf(parts), changes);
    }

    private static Part actor(AuditEntry e, Names names) {
        if (e.actorId() != null) {
            Named person = names.find("users", e.actorId().toString());
            return person == null ? Part.text("a deleted user") : new Part(person.name(), person.href());
        }
        return switch (e.actorType()) {
            case "system" -> Part.text("the system");
            case "api_key" -> Part.text("an API key");
            case "vendor" -> Part.text("a lead vendor");
            default -> Part.text(e.actorType().replace('_', ' '));
        };
    }

    /** "Hannah Schultz", "campaign Spring Open House", "a deleted lead", "the calling rules". */
    static List<Part> subject(AuditEntry e, Names names) {
        String type = AuditWords.type(e.entityType());
        if (AuditWords.SINGLETONS.contains(type)) {
            return List.of(Part.text("the " + noun(type)));
        }
        Named named = e.entityId() == null ? null : names.find(type, e.entityId());
        if (named == null) {
            return List.of(Part.text(e.entityId() == null ? article(noun(type)) : "a deleted " + noun(type)));
        }
        Part name = new Part(named.name(), named.href());
        return AuditWords.PEOPLE.contains(type) ? List.of(name) : List.of(Part.text(noun(type) + " "), name);
    }

    private static void created(List<Part> parts, AuditEntry e, Names names) {
        Map<String, Object> values = e.newValues() == null ? Map.of() : e.newValues();
        if (e.entityType().equals("user_invitations") && values.get("email") instanceof String email) {
            parts.add(Part.text(" invited " + email));
            if (values.get("role") instanceof String role) {
                parts.add(Part.text(" as " + capitalize(role.replace('_', ' '))));
            }
            return;
        }
        if (e.entityType().equals("user_invitations")) {
            parts.add(Part.text(" invited "));
            parts.addAll(subject(e, names));
            return;
        }
        parts.add(Part.text(" created "));
        parts.addAll(subject(e, names));
    }

    /**
     * The record is gone: people are not named from the entry's old values (an erased lead stays
     * erased), other records are ("team Client Care").
     */
    private static List<Part> deleted(AuditEntry e) {
        String noun = noun(e.entityType());
        Object name = e.oldValues() == null ? null : e.oldValues().get("name");
        if (name instanceof String text && !AuditWords.PEOPLE.contains(e.entityType())) {
            return List.of(Part.text(noun + " " + text));
        }
        return List.of(Part.text(article(noun)));
    }

    private static void updated(List<Part> parts, AuditEntry e, List<Change> changes, Names names) {
        Object status = e.newValues() == null ? null : e.newValues().get("status");
        String verb = status instanceof String s ? STATUS_VERBS.get(s) : null;
        if (verb != null
                && changes.stream()
                        .allMatch(c -> c.field().equals("Status") || c.field().equals("Reason"))) {
            phrase(parts, verb + " %s", subject(e, names));
            reason(parts, e);
            return;
        }
        parts.add(Part.text(" changed "));
        if (changes.isEmpty()) {
            parts.addAll(subject(e, names));
            return;
        }
        parts.add(Part.text(fieldList(changes) + " of "));
        parts.addAll(subject(e, names));
        if (changes.size() == 1) {
            Change only = changes.getFirst();
            parts.add(Part.text(" from " + orNone(only.before()) + " → " + orNone(only.after())));
        }
    }

    private static void phrase(List<Part> parts, String template, List<Part> subject) {
        int at = template.indexOf("%s");
        if (at < 0) {
            parts.add(Part.text(" " + template));
            return;
        }
        parts.add(Part.text(" " + template.substring(0, at)));
        parts.addAll(subject);
        if (at + 2 < template.length()) {
            parts.add(Part.text(template.substring(at + 2)));
        }
    }

    /** ": budget spent" when the entry says why (a campaign completed by the system). */
    private static void reason(List<Part> parts, AuditEntry e) {
        if (e.newValues() == null) {
            return;
        }
        e.newValues().entrySet().stream()
                .filter(v -> v.getKey().endsWith("reason") && v.getValue() instanceof String)
                .findFirst()
                .ifPresent(v -> parts.add(Part.text(": " + ((String) v.getValue()).replace('_', ' '))));
    }

    private static String fieldList(List<Change> changes) {
        List<String> fields = changes.stream().map(Change::field).toList();
        if (fields.size() == 1) {
            return fields.getFirst();
        }
        return String.join(", ", fields.subList(0, fields.size() - 1)) + " and " + fields.getLast();
    }

    private static String orNone(@Nullable String value) {
        return value == null ? "none" : value;
    }

    private static List<Change> changes(AuditEntry e, Names names) {
        Map<String, Object> before = e.oldValues() == null ? Map.of() : e.oldValues();
        Map<String, Object> after = e.newValues() == null ? Map.of() : e.newValues();
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            if (!AuditWords.HIDDEN.contains(field)) {
                changes.add(new Change(
                        AuditWords.field(field),
                        AuditValues.show(field, before.get(field), names),
                        AuditValues.show(field, after.get(field), names)));
            }
        }
        return changes;
    }
}
