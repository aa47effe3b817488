package io.switchboard.conversations.internal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseSetTest {

    static List<String> found(String phrase, String sentence) {
        Utterance utterance = Utterance.of(0, SpeakerRole.CUSTOMER, sentence);
        return PhraseSet.of(List.of(phrase)).find(utterance).stream()
                .map(m -> m.text(utterance))
                .toList();
    }

    @Test
    void contractionsAreExpandedOnBothSides() {
        assertThat(found("don't call * again", "Please do not call me ever again."))
                .containsExactly("do not call me ever again");
        assertThat(found("do not call * again", "Don't call us again!")).containsExactly("do not call us again");
    }

    @Test
    void aGapSpansAtMostThreeWordsAndNeverAClauseBreak() {
        assertThat(found("remove * from * list", "Remove my old number from your calling list."))
                .hasSize(1);
        assertThat(found("remove * from * list", "Remove the small rug, the lamp and the chair from the list."))
                .isEmpty();
        assertThat(found("call * again", "Call me, again and again.")).isEmpty();
    }

    @Test
    void placeholdersMatchNumbersAndMoney() {
        assertThat(found("in <number> weeks", "We move in two weeks.")).containsExactly("in two weeks");
        assertThat(found("up to <money>", "We can go up to $450,000.")).containsExactly("up to $450,000");
        assertThat(found("<money>", "Our budget is 60 lakh.")).containsExactly("60 lakh");
        assertThat(found("<money>", "We have 3 kids.")).isEmpty();
    }

    @Test
    void wordsMatchWholeAndPrefixesMatchEndings() {
        assertThat(found("budget", "The budgeting is done.")).isEmpty();
        assertThat(found("financ*", "What financing options exist?")).containsExactly("financing");
        assertThat(found("precio", "¿Cuál es el precio?")).containsExactly("precio");
    }
}
