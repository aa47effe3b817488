package io.switchboard.leads;

import io.switchboard.shared.UserId;
import io.switchboard.tenancy.ProjectId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What is needed to capture a lead; everything but the name is optional.
 *
 * @param allowDuplicate create it even if it looks like an existing lead
 */
public record NewLead(
        String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String timezone,
        @Nullable String company,
        @Nullable String linkedinUrl,
        @Nullable LeadSource source,
        @Nullable LeadStatus status,
        @Nullable Temperature temperature,
        @Nullable Integer score,
        @Nullable StageId stageId,
        @Nullable LocalDate expectedCloseDate,
        @Nullable UserId ownerId,
        @Nullable ProjectId projectId,
        @Nullable UUID vendorId,
        @Nullable UUID marketingCampaignId,
        @Nullable Map<String, Object> customFields,
        @Nullable List<NewStakeholder> stakeholders,
        boolean allowDuplicate) {

    public static NewLead named(String name) {
        return new NewLead(
                name, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, false);
    }

    public NewLead withContact(@Nullable String email, @Nullable String phone, @Nullable String company) {
        return new NewLead(
                name,
                email,
                phone,
                timezone,
                company,
                linkedinUrl,
                source,
                status,
                temperature,
                score,
                stageId,
                expectedCloseDate,
                ownerId,
                projectId,
                vendorId,
                marketingCampaignId,
                customFields,
                stakeholders,
                allowDuplicate);
    }

    public NewLead withTemperature(@Nullable Temperature value) {
        return new NewLead(
                name,
                email,
                phone,
                timezone,
                company,
                linkedinUrl,
                source,
                status,
                value,
                score,
                stageId,
                expectedCloseDate,
                ownerId,
                projectId,
                vendorId,
                marketingCampaignId,
                customFields,
                stakeholders,
                allowDuplicate);
    }

    public NewLead from(LeadSource leadSource, @Nullable UUID vendor, @Nullable UUID campaign) {
        return new NewLead(
                name,
                email,
                phone,
                timezone,
                company,
                linkedinUrl,
                leadSource,
                status,
                temperature,
                score,
                stageId,
                expectedCloseDate,
                ownerId,
                projectId,
                vendor,
                campaign,
                customFields,
                stakeholders,
                allowDuplicate);
    }
}
