package io.switchboard.conversations.internal.local;

import static io.switchboard.conversations.internal.local.LocalAnalyzerTest.analyze;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.conversations.Analysis;
import io.switchboard.conversations.Evidence;
import io.switchboard.conversations.Qualification;
import io.switchboard.conversations.SentimentLabel;
import org.junit.jupiter.api.Test;

/** What the model-based reading adds: the cases issue 14 reported, complaints, escalations, evidence. */
class ModelReadingTest {

    @Test
    void aBusinessThatNeedsTheFundsNowAndStartsTheApplicationIsHot() {
        Analysis analysis = analyze(
                "Hi, this is Dana from Northgate Business Capital about your loan inquiry.",
                "Yes, we need the funds within two weeks, let's get the application started today.");

        assertThat(analysis.qualification()).isEqualTo(Qualification.HOT);
        assertThat(analysis.evidence())
                .contains(new Evidence(
                        "qualification:hot",
                        1,
                        "Yes, we need the funds within two weeks, let's get the application started today."));
    }

    @Test
    void anAngryCustomerComplainingAboutCallFrequencyIsAComplaintWithItsNextStep() {
        Analysis analysis = analyze(
                "Hi, this is Sam from Lakeside Realty following up on the listing.",
                "This is the third call this week, ridiculous. I told you I'm buying in the spring.");

        assertThat(analysis.complaint()).isTrue();
        assertThat(analysis.sentimentLabel()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(analysis.summary()).startsWith("Complaint.");
        assertThat(analysis.nextSteps().getFirst()).contains("complaint");
        assertThat(analysis.evidence()).anySatisfy(e -> {
            assertThat(e.label()).isEqualTo("complaint");
            assertThat(e.segmentIndex()).isEqualTo(1);
            assertThat(e.text()).contains("third call this week");
        });
    }

    @Test
    void aRequestForASupervisorIsEscalatedEvenWhenTheLeadIsLost() {
        Analysis analysis = analyze(
                "Hello, this is Kim from TotalCover about your policy.",
                "Your company double charged me. I want to speak to your supervisor right now.");

        assertThat(analysis.escalationRequested()).isTrue();
        assertThat(analysis.nextSteps().getFirst()).startsWith("Escalate to a supervisor");
        assertThat(analysis.followUpRequired()).isTrue();
    }

    @Test
    void aRequestToStopCallingEndsOutreachWithTheSentenceAsEvidence() {
        Analysis analysis = analyze(
                "Hi, this is Leo from SunPeak Solar.",
                "You call me every day. Stop calling me and take my number off your list.");

        assertThat(analysis.doNotCallRequested()).isTrue();
        assertThat(analysis.qualification()).isEqualTo(Qualification.NOT_QUALIFIED);
        assertThat(analysis.nextSteps()).contains("Add the number to the do-not-call list and stop all outreach.");
        assertThat(analysis.followUpRequired()).isFalse();
        assertThat(analysis.evidence()).anySatisfy(e -> assertThat(e.label()).isEqualTo("do_not_call"));
    }

    @Test
    void aWarmProspectIsNeitherAComplaintNorAnEscalation() {
        Analysis analysis = analyze(
                "Hi, it's Nina from Metro Honda. You were looking at the Civic?",
                "Yes, I liked it a lot. I'm comparing payments and will decide in a couple of weeks.");

        assertThat(analysis.complaint()).isFalse();
        assertThat(analysis.escalationRequested()).isFalse();
        assertThat(analysis.evidence())
                .allSatisfy(e -> assertThat(e.segmentIndex()).isEqualTo(1));
    }
}
