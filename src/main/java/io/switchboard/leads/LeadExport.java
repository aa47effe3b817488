package io.switchboard.leads;

import io.switchboard.leads.internal.CustomFields;
import io.switchboard.leads.internal.Leads;
import io.switchboard.leads.internal.Pipelines;
import io.switchboard.shared.SafeCsv;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Any filtered view of the lead list as CSV, streamed row by row. */
@Service
public class LeadExport {

    static final List<String> COLUMNS = List.of(
            "id",
            "name",
            "email",
            "phone",
            "company",
            "linkedin_url",
            "status",
            "temperature",
            "score",
            "stage",
            "owner_id",
            "source",
            "timezone",
            "expected_close_date",
            "last_engagement_at",
            "created_at");

    private final Leads leads;
    private final Pipelines pipelines;
    private final CustomFields customFields;

    LeadExport(Leads leads, Pipelines pipelines, CustomFields customFields) {
        this.leads = leads;
        this.pipelines = pipelines;
        this.customFields = customFields;
    }

    @Transactional(readOnly = true)
    public void write(LeadFilter filter, Writer out) {
        List<String> custom = customFields.all().stream().map(CustomField::key).toList();
        Map<UUID, String> stages = new HashMap<>();
        pipelines.all().forEach(p -> p.stages().forEach(s -> stages.put(s.id().value(), s.name())));
        SafeCsv csv = SafeCsv.to(out);
        List<String> header = new ArrayList<>(COLUMNS);
        custom.forEach(key -> header.add("custom." + key));
        csv.row(header);
        leads.forEach(filter, lead -> {
            List<String> row = new ArrayList<>(List.of(
                    lead.id().toString(),
                    lead.name(),
                    text(lead.email()),
                    text(lead.phone()),
                    text(lead.company()),
                    text(lead.linkedinUrl()),
                    lead.status().toString(),
                    lead.temperature().toString(),
                    Integer.toString(lead.score()),
                    lead.stageId() == null
                            ? ""
                            : stages.getOrDefault(lead.stageId().value(), ""),
                    text(lead.ownerId()),
                    lead.source().toString(),
                    text(lead.timezone()),
                    text(lead.expectedCloseDate()),
                    text(lead.lastEngagementAt()),
                    lead.createdAt().toString()));
            custom.forEach(key -> row.add(text(lead.customFields().get(key))));
            csv.row(row);
        });
        csv.flush();
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : Objects.toString(value);
    }
}
