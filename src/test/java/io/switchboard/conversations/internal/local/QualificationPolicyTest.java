package io.switchboard.conversations.internal.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.conversations.Qualification;
import io.switchboard.conversations.internal.local.QualificationPolicy.Facts;
import io.switchboard.conversations.internal.local.QualificationPolicy.Graded;
import io.switchboard.conversations.internal.local.QualificationPolicy.NotQualified;
import io.switchboard.conversations.internal.local.QualificationPolicy.Reason;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualificationPolicyTest {

    static Signals signals(Cue... cues) {
        Map<Cue, List<Signals.Hit>> hits = new EnumMap<>(Cue.class);
        for (Cue cue : cues) {
            hits.put(cue, List.of(new Signals.Hit(Utterance.of(1, SpeakerRole.CUSTOMER, "…"), cue.code())));
        }
        return new Signals(hits, List.of());
    }

    static QualificationPolicy.Verdict decide(double intent, Cue... cues) {
        return QualificationPolicy.decide(new Facts(signals(cues), intent, 30, 2));
    }

    @Test
    void twoQualifiersAndACommitmentAreHot() {
        assertThat(decide(0.5, Cue.NEED, Cue.BUDGET, Cue.COMMITMENT)).isEqualTo(new Graded(Qualification.HOT));
        assertThat(decide(0.8, Cue.NEED, Cue.TIMELINE)).isEqualTo(new Graded(Qualification.HOT));
    }

    @Test
    void highIntentWithoutQualifiersIsOnlyWarm() {
        assertThat(decide(0.9, Cue.INTEREST, Cue.COMMITMENT)).isEqualTo(new Graded(Qualification.WARM));
    }

    @Test
    void lowIntentIsCold() {
        assertThat(decide(0.2, Cue.LATER)).isEqualTo(new Graded(Qualification.COLD));
    }

    @Test
    void machinesWrongNumbersDoNotCallAndRefusalsAreNotQualified() {
        assertThat(decide(0.9, Cue.VOICEMAIL)).isEqualTo(new NotQualified(Reason.VOICEMAIL));
        assertThat(decide(0.9, Cue.WRONG_NUMBER)).isEqualTo(new NotQualified(Reason.WRONG_NUMBER));
        assertThat(decide(0.9, Cue.NEED, Cue.BUDGET, Cue.DO_NOT_CALL)).isEqualTo(new NotQualified(Reason.DO_NOT_CALL));
        assertThat(decide(0.1, Cue.REFUSAL)).isEqualTo(new NotQualified(Reason.DECLINED));
        assertThat(QualificationPolicy.decide(new Facts(signals(), 0.5, 0, 0)))
                .isEqualTo(new NotQualified(Reason.NO_CONVERSATION));
    }

    @Test
    void aRefusalAfterQualifyingTwiceIsStillGraded() {
        assertThat(decide(0.5, Cue.REFUSAL, Cue.NEED, Cue.BUDGET)).isInstanceOf(Graded.class);
    }

    @Test
    void aLongConversationMentioningVoicemailIsNoVoicemail() {
        var verdict = QualificationPolicy.decide(new Facts(signals(Cue.VOICEMAIL), 0.5, 200, 8));
        assertThat(verdict).isEqualTo(new Graded(Qualification.WARM));
    }
}
