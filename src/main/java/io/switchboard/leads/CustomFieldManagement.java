package io.switchboard.leads;

import io.switchboard.leads.internal.CustomFields;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.TenantContext;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organization's custom lead fields. */
@Service
public class CustomFieldManagement {

    private final CustomFields fields;

    CustomFieldManagement(CustomFields fields) {
        this.fields = fields;
    }

    @Transactional(readOnly = true)
    public List<CustomField> all() {
        return fields.all();
    }

    @Transactional
    public CustomField create(
            String key, String label, FieldType type, @Nullable List<String> options, boolean required) {
        if (!key.matches("[a-z][a-z0-9_]{0,39}")) {
            throw new InvalidInput(
                    "key", "invalid_key", "must be lower-case letters, digits and _ (max 40), starting with a letter");
        }
        List<String> choices = options == null
                ? List.of()
                : options.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        if (type == FieldType.SELECT && choices.isEmpty()) {
            throw new InvalidInput("options", "required", "a select field needs options");
        }
        var record = fields.newRecord();
        record.setOrganizationId(TenantContext.require().value());
        record.setId(io.switchboard.shared.Ids.next());
        record.setKey(key);
        record.setLabel(label.strip());
        record.setFieldType(type.toString());
        record.setOptions(fields.options(choices));
        record.setRequired(required);
        record.setPosition(fields.all().size());
        record.store();
        return fields.toField(record);
    }

    @Transactional
    public void delete(UUID id) {
        var record = fields.findRecord(id).orElseThrow(() -> new NotFound("custom field", id));
        record.delete();
    }
}
