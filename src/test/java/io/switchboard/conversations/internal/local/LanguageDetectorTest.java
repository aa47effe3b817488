package io.switchboard.conversations.internal.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    static final LanguageDetector DETECTOR = new LanguageDetector();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|Hi, we are looking for a house with a garden and we would like to see it this week.",
                "es|Hola, estamos buscando una casa con jardín y queremos verla esta semana, gracias.",
                "fr|Bonjour, nous cherchons une maison avec un jardin et nous voulons la visiter, merci.",
                "de|Hallo, wir suchen ein Haus mit Garten und wir haben nicht viel Zeit, danke.",
                "pt|Olá, estou procurando um apartamento para minha família, obrigado.",
                "hi-Latn|Haan ji, mujhe ek flat chahiye, budget 60 lakh tak hai, aap details bhejo.",
                "hi|नमस्ते, मुझे एक फ्लैट चाहिए।"
            })
    void tellsTheLanguage(String expected, String text) {
        assertThat(DETECTOR.detect(null, List.of(text)).code()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"es-MX,es", "EN_us,en", "hi-Latn,hi-Latn", "pt-BR,pt"})
    void trustsAStatedLanguage(String stated, String expected) {
        var detected = DETECTOR.detect(stated, List.of("whatever was said"));
        assertThat(detected.code()).isEqualTo(expected);
        assertThat(detected.confidence()).isEqualTo(1.0);
    }
}
