package io.switchboard.leads;

import io.switchboard.db.tables.records.LeadsRecord;
import io.switchboard.leads.internal.Leads;
import io.switchboard.shared.Patches;
import io.switchboard.tenancy.ProjectId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Applies a partial update to a lead's row, cleaning contact details like a new lead's. */
final class LeadEdits {

    private LeadEdits() {}

    static void apply(LeadsRecord record, LeadChanges update, String region, List<CustomField> fields, Leads leads) {
        boolean contactChanged = update.name() != null
                || update.email() != null
                || update.phone() != null
                || update.timezone() != null
                || update.company() != null
                || update.linkedinUrl() != null;
        if (contactChanged) {
            ContactRules.Contact contact = ContactRules.normalize(
                    pick(update.name(), record.getName()),
                    pick(update.email(), record.getEmail()),
                    pick(update.phone(), record.getPhone()),
                    update.timezone() != null || update.phone() != null
                            ? update.timezone() == null
                                    ? null
                                    : update.timezone().orElse(null)
                            : record.getTimezone(),
                    pick(update.company(), record.getCompany()),
                    pick(update.linkedinUrl(), record.getLinkedinUrl()),
                    region);
            LeadManagement.applyContact(record, contact);
        }
        Patches.require(update.status(), "status", status -> record.setStatus(status.toString()));
        Patches.require(update.temperature(), "temperature", t -> record.setTemperature(t.toString()));
        Patches.require(update.score(), "score", score -> record.setScore(LeadManagement.score(score)));
        Patches.apply(update.expectedCloseDate(), record::setExpectedCloseDate);
        Patches.apply(update.projectId(), ProjectId::value, record::setProjectId);
        Patches.require(update.customFields(), "custom_fields", values -> {
            // Merge-patch of the custom fields too: a null value removes that one field.
            Map<String, Object> merged = new LinkedHashMap<>(leads.readJson(record.getCustomFields()));
            values.forEach((key, value) -> {
                if (value == null) {
                    merged.remove(key);
                } else {
                    merged.put(key, value);
                }
            });
            record.setCustomFields(leads.writeJson(CustomFieldPolicy.validate(merged, fields, true)));
        });
    }

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    private static String pick(Optional<String> change, String current) {
        return change == null ? current : change.orElse(null);
    }
}
