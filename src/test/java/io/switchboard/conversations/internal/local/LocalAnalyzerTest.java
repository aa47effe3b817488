package io.switchboard.conversations.internal.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.conversations.Analysis;
import io.switchboard.conversations.AnalysisRules;
import io.switchboard.conversations.AnalyzerKind;
import io.switchboard.conversations.ExtractionField;
import io.switchboard.conversations.FieldType;
import io.switchboard.conversations.ObjectionKind;
import io.switchboard.conversations.Qualification;
import io.switchboard.conversations.QualificationQuestion;
import io.switchboard.conversations.Segment;
import io.switchboard.conversations.SentimentLabel;
import io.switchboard.conversations.Transcript;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalAnalyzerTest {

    static final LocalAnalyzer ANALYZER = new LocalAnalyzer();

    static Analysis analyze(String... turns) {
        return analyze(AnalysisRules.NONE, turns);
    }

    /** Turns alternate agent, customer, agent… */
    static Analysis analyze(AnalysisRules rules, String... turns) {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < turns.length; i++) {
            segments.add(Segment.of(i % 2 == 0 ? "agent" : "customer", turns[i]));
        }
        return ANALYZER.analyze(new Transcript(segments, null), rules);
    }

    @Test
    void aQualifiedBuyerWhoBooksAViewingIsHot() {
        Analysis analysis = analyze(
                "Hi, this is Maya from Acme Realty about the condo. Is now a good time?",
                "Yes! We are looking for a two bedroom and our lease ends next month.",
                "What budget are you working with?",
                "We're pre-approved for $450,000. Can we see it this Saturday?",
                "Saturday at 10 works, I'll send you a confirmation.",
                "Perfect, thank you so much!");

        assertThat(analysis.qualification()).isEqualTo(Qualification.HOT);
        assertThat(analysis.sentimentLabel()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(analysis.intentScore()).isGreaterThan(0.7);
        assertThat(analysis.followUpRequired()).isTrue();
        assertThat(analysis.doNotCallRequested()).isFalse();
        assertThat(analysis.summary()).startsWith("Hot lead").contains("$450,000");
        assertThat(analysis.nextSteps()).anyMatch(s -> s.contains("I'll send you a confirmation"));
        assertThat(analysis.totalScore()).isBetween(80.0, 100.0);
        assertThat(analysis.language()).isEqualTo("en");
        assertThat(analysis.analyzer().name()).isEqualTo(AnalyzerKind.LOCAL);
        assertThat(analysis.analyzer().costUsd()).isZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Stop calling me.",
                "Please remove me from your list.",
                "Remove my number from your calling list.",
                "Don't call me again.",
                "Take me off your list, I mean it.",
                "Put me on your do not call list."
            })
    void aDoNotCallRequestIsRecognisedAndEndsTheLead(String request) {
        Analysis analysis = analyze("Hello, this is Tom from Acme Realty.", request);

        assertThat(analysis.doNotCallRequested()).isTrue();
        assertThat(analysis.qualification()).isEqualTo(Qualification.NOT_QUALIFIED);
        assertThat(analysis.followUpRequired()).isFalse();
        assertThat(analysis.nextSteps())
                .containsExactly("Add the number to the do-not-call list and stop all outreach.");
    }

    @Test
    void askingNotToBeCalledBeforeFiveIsNoDoNotCallRequest() {
        Analysis analysis =
                analyze("Hi, is now a good time?", "Not really, please don't call me before 5 pm, I'm at work.");

        assertThat(analysis.doNotCallRequested()).isFalse();
    }

    @Test
    void aVoicemailGreetingIsNotQualifiedAndNeutral() {
        Analysis analysis = analyze(
                "Hi, is this Jane?",
                "Hi, you've reached Jane. I'm so sorry I missed you, please leave a message after the tone.");

        assertThat(analysis.qualification()).isEqualTo(Qualification.NOT_QUALIFIED);
        assertThat(analysis.sentimentScore()).isZero();
        assertThat(analysis.callQualityScore()).isNull();
        assertThat(analysis.summary()).startsWith("Reached a voicemail greeting");
        assertThat(analysis.followUpRequired()).isTrue();
    }

    @Test
    void aWrongNumberIsNotQualified() {
        Analysis analysis =
                analyze("May I speak with Daniel?", "Sorry, you have the wrong number, there's no Daniel here.");

        assertThat(analysis.qualification()).isEqualTo(Qualification.NOT_QUALIFIED);
        assertThat(analysis.intentScore()).isZero();
        assertThat(analysis.nextSteps()).containsExactly("Mark the number as wrong and look for the right contact.");
    }

    @Test
    void theAgentsScriptIsNotScoredOnlyTheCustomer() {
        Analysis analysis = analyze(
                "Amazing news, this is a fantastic, wonderful, incredible opportunity, you will love it!",
                "I see. Send me the details.",
                "Great, I'm thrilled, I'll email them!",
                "Okay.");

        assertThat(analysis.sentimentLabel()).isEqualTo(SentimentLabel.NEUTRAL);
    }

    @Test
    void negatedInterestIsARefusalNotInterest() {
        Analysis analysis =
                analyze("Are you interested in a free valuation?", "No, I'm not interested, we are not selling.");

        assertThat(analysis.qualification()).isEqualTo(Qualification.NOT_QUALIFIED);
        assertThat(analysis.summary()).startsWith("The customer declined.");
    }

    @Test
    void objectionsAreQuotedAndAnswered() {
        Analysis analysis = analyze(
                "The unit is listed at 520.",
                "Honestly that's too expensive for us. I'd also need to talk to my wife first.",
                "I understand.",
                "Send me the floor plan anyway.");

        assertThat(analysis.objections())
                .extracting(o -> o.kind())
                .containsExactly(ObjectionKind.PRICE, ObjectionKind.AUTHORITY);
        assertThat(analysis.objections().getFirst().quote()).isEqualTo("Honestly that's too expensive for us.");
        assertThat(analysis.nextSteps()).contains("Answer the price concern: options, financing, value.");
    }

    @Test
    void aCallBackRequestKeepsTheTimeAsSaid() {
        Analysis analysis =
                analyze("Hi, is now a good time?", "I'm driving. Can you call me back tomorrow after 5 pm?");

        assertThat(analysis.callbackRequested()).isTrue();
        assertThat(analysis.callbackTime()).isEqualTo("tomorrow after 5 pm");
        assertThat(analysis.nextSteps()).first().isEqualTo("Call back tomorrow after 5 pm, as the customer asked.");
    }

    @Test
    void spanishIsReadWithItsOwnLexicon() {
        Analysis analysis = analyze(
                "Hola, le llamo de Casa Real sobre el departamento.",
                "No me interesa, y no me llame más por favor. Quíteme de su lista.");

        assertThat(analysis.language()).isEqualTo("es");
        assertThat(analysis.doNotCallRequested()).isTrue();
        assertThat(analysis.qualification()).isEqualTo(Qualification.NOT_QUALIFIED);
    }

    @Test
    void hinglishIsReadWithEnglishAndHindiWords() {
        Analysis analysis = analyze(
                "Hello sir, main Rohit bol raha hoon Skyline Homes se.",
                "Mujhe koi flat nahi chahiye, please call mat karo dobara.");

        assertThat(analysis.language()).isEqualTo("hi-Latn");
        assertThat(analysis.doNotCallRequested()).isTrue();
    }

    @Test
    void aLanguageWithoutLexiconIsRecognisedAndAnsweredNeutrallyWithLowConfidence() {
        Analysis analysis = ANALYZER.analyze(
                new Transcript(
                        List.of(
                                Segment.of("agent", "Buongiorno, la chiamo da Immobiliare Luce."),
                                Segment.of("customer", "Sì, buongiorno. Sono molto interessato all'appartamento.")),
                        "it"),
                AnalysisRules.NONE);

        assertThat(analysis.language()).isEqualTo("it");
        assertThat(analysis.confidence()).isLessThan(0.3);
        assertThat(analysis.sentimentLabel()).isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(analysis.qualification()).isEqualTo(Qualification.COLD);
        assertThat(analysis.summary()).contains("Italian");
    }

    @Test
    void frenchGermanAndPortugueseAreReadAndTheirHardSignalsFound() {
        Analysis french = analyze(
                "Bonjour, je vous appelle de la part de Immobilier Lumière.",
                "Arrêtez de m'appeler, retirez mon numéro de votre liste.");
        Analysis german =
                analyze("Guten Tag, hier ist Anna von Immobilien Weber.", "Nein, da sind Sie falsch verbunden.");
        Analysis portuguese = analyze(
                "Olá, aqui é a Beatriz da Imobiliária Central.",
                "Quero falar com o seu chefe agora, isto é um absurdo.");

        assertThat(french.language()).isEqualTo("fr");
        assertThat(french.doNotCallRequested()).isTrue();
        assertThat(french.qualification()).isEqualTo(Qualification.NOT_QUALIFIED);
        assertThat(german.language()).isEqualTo("de");
        assertThat(german.nextSteps()).containsExactly("Mark the number as wrong and look for the right contact.");
        assertThat(portuguese.language()).isEqualTo("pt");
        assertThat(portuguese.escalationRequested()).isTrue();
        assertThat(portuguese.evidence()).anySatisfy(e -> assertThat(e.label()).isEqualTo("escalation"));
    }

    @Test
    void aStatedLanguageIsTrusted() {
        Analysis analysis = ANALYZER.analyze(
                new Transcript(List.of(Segment.of("customer", "Sí, me interesa mucho.")), "es-MX"), AnalysisRules.NONE);

        assertThat(analysis.language()).isEqualTo("es");
        assertThat(analysis.confidence()).isGreaterThan(0.5);
    }

    @Test
    void withoutCustomerSpeechThereIsNoConversation() {
        Analysis analysis = ANALYZER.analyze(
                new Transcript(List.of(Segment.of("agent", "Hello? Hello, can you hear me?")), null),
                AnalysisRules.NONE);

        assertThat(analysis.qualification()).isEqualTo(Qualification.NOT_QUALIFIED);
        assertThat(analysis.summary()).isEqualTo("No customer speech was recorded.");
    }

    @Test
    void speakersWithNamesOnlyAreToldApartByWhoIntroducesThemselves() {
        Analysis analysis = ANALYZER.analyze(
                new Transcript(
                        List.of(
                                Segment.of("Jessica", "Hi Tom, this is Jessica calling from Bayview Realty."),
                                Segment.of("Tom", "I'm really not interested, this is a waste of my time.")),
                        null),
                AnalysisRules.NONE);

        assertThat(analysis.sentimentLabel()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(analysis.qualification()).isEqualTo(Qualification.NOT_QUALIFIED);
    }

    @Test
    void organizationQuestionsAndFieldsAreAnswered() {
        AnalysisRules rules = new AnalysisRules(
                List.of(
                        new QualificationQuestion(
                                "preapproved", "Are you pre-approved?", List.of("pre-approved", "mortgage"), null),
                        new QualificationQuestion("pets", "Do you have pets?", List.of("pets"), null),
                        new QualificationQuestion("garage", "Do you need a garage?", List.of("garage"), null)),
                List.of(
                        new ExtractionField("budget", "Budget", FieldType.MONEY, List.of("budget"), null),
                        new ExtractionField("bedrooms", "Bedrooms", FieldType.NUMBER, List.of("bedroom"), null),
                        new ExtractionField("move_in", "Move-in date", FieldType.DATE, List.of("move"), null),
                        new ExtractionField(
                                "school", "School", FieldType.TEXT, List.of(), "near (\\w+ (?:elementary|high))")));
        Analysis analysis = analyze(
                rules,
                "Do you have any pets?",
                "Just a cat. We want three bedrooms near Lincoln Elementary.",
                "And your budget?",
                "Our budget is about $400k and we'd like to move in by June 1st.");

        assertThat(analysis.answers())
                .extracting(a -> a.key() + "=" + a.answer())
                .containsExactly(
                        "preapproved=null",
                        "pets=Just a cat. We want three bedrooms near Lincoln Elementary.",
                        "garage=null");
        assertThat(analysis.extractedFields())
                .containsEntry("budget", "$400k")
                .containsEntry("bedrooms", "3")
                .containsEntry("move_in", "June 1st")
                .containsEntry("school", "Lincoln Elementary");
    }

    @Test
    void theSameTranscriptAlwaysGivesTheSameAnalysis() {
        String[] call = {"Hi, is this a good time?", "Sure. We need a bigger place, maybe this summer."};
        assertThat(analyze(call)).isEqualTo(analyze(call));
    }
}
