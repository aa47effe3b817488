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

    static QualificationPolicy.Verdict decide(Qualification predicted, Cue... cues) {
        return QualificationPolicy.decide(new Facts(signals(cues), predicted, 30, 2));
    }

    @Test
    void theHeadGradesACallNoRuleStopped() {
        assertThat(decide(Qualification.HOT, Cue.NEED)).isEqualTo(new Graded(Qualification.HOT));
        assertThat(decide(Qualification.WARM)).isEqualTo(new Graded(Qualification.WARM));
        assertThat(decide(Qualification.COLD, Cue.LATER)).isEqualTo(new Graded(Qualification.COLD));
    }

    @Test
    void aHeadReadingNotQualifiedMeansTheCustomerDeclined() {
        assertThat(decide(Qualification.NOT_QUALIFIED)).isEqualTo(new NotQualified(Reason.DECLINED));
        assertThat(Reason.DECLINED.byRule()).isFalse();
    }

    @Test
    void aCallBackRequestIsNoRefusalUnlessTheCustomerAlsoSaidNo() {
        assertThat(decide(Qualification.NOT_QUALIFIED, Cue.CALLBACK)).isEqualTo(new Graded(Qualification.COLD));
        assertThat(decide(Qualification.NOT_QUALIFIED, Cue.CALLBACK, Cue.REFUSAL))
                .isEqualTo(new NotQualified(Reason.DECLINED));
    }

    @Test
    void machinesWrongNumbersAndDoNotCallOverruleEvenAHotReading() {
        assertThat(decide(Qualification.HOT, Cue.VOICEMAIL)).isEqualTo(new NotQualified(Reason.VOICEMAIL));
        assertThat(decide(Qualification.HOT, Cue.WRONG_NUMBER)).isEqualTo(new NotQualified(Reason.WRONG_NUMBER));
        assertThat(decide(Qualification.HOT, Cue.NEED, Cue.BUDGET, Cue.DO_NOT_CALL))
                .isEqualTo(new NotQualified(Reason.DO_NOT_CALL));
        assertThat(QualificationPolicy.decide(new Facts(signals(), Qualification.WARM, 0, 0)))
                .isEqualTo(new NotQualified(Reason.NO_CONVERSATION));
        assertThat(Reason.DO_NOT_CALL.byRule()).isTrue();
    }

    @Test
    void aLongConversationMentioningVoicemailIsNoVoicemail() {
        var verdict = QualificationPolicy.decide(new Facts(signals(Cue.VOICEMAIL), Qualification.WARM, 200, 8));
        assertThat(verdict).isEqualTo(new Graded(Qualification.WARM));
    }
}
