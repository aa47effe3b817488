package io.switchboard.messaging;

import io.switchboard.leads.LeadId;

/** The name of a lead's live messaging topic, shared by the publisher and the lead page. */
public final class LeadMessagesTopic {

    public static final String FAMILY = "lead-messages";

    private LeadMessagesTopic() {}

    public static String of(LeadId lead) {
        return FAMILY + ":" + lead.value();
    }
}
