package io.switchboard.conversations.internal.local;

import static io.switchboard.conversations.internal.local.LocalAnalyzerTest.analyze;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.conversations.Analysis;
import org.junit.jupiter.api.Test;

/**
 * Complaints are not only about call frequency: rudeness and being misled count too, and a request
 * for a manager is an escalation in every language the analyzer reads. A polite refusal is neither.
 */
class ComplaintSignalsTest {

    @Test
    void rudenessIsAComplaintInGerman() {
        Analysis analysis = analyze(
                "Guten Tag, hier ist Nina von Stadtwerke Plus wegen Ihres Stromvertrags.",
                "Ihre Kollegin war gestern ausgesprochen unhöflich zu mir. So geht man nicht mit Kunden um.");

        assertThat(analysis.complaint()).isTrue();
    }

    @Test
    void beingMisledIsAComplaintInSpanishAndPortuguese() {
        assertThat(analyze(
                                "Hola, le llamo de Viajes Sol sobre su reserva.",
                                "Me mintieron con el precio del hotel, no era lo que me dijeron.")
                        .complaint())
                .isTrue();
        assertThat(analyze(
                                "Olá, aqui é da Viagens Mar sobre a sua reserva.",
                                "Fui enganado, o hotel não era nada do que vocês prometeram.")
                        .complaint())
                .isTrue();
    }

    @Test
    void askingForTheManagerIsAnEscalationInFrenchSpanishAndEnglish() {
        assertThat(analyze(
                                "Bonjour, agence Voyages Azur au sujet de votre dossier.",
                                "Passez-moi votre responsable, s'il vous plaît, j'attends depuis un mois.")
                        .escalationRequested())
                .isTrue();
        assertThat(analyze(
                                "Hola, le llamo de Gimnasio Forma sobre su cuota.",
                                "Quiero hablar con el gerente, no con usted.")
                        .escalationRequested())
                .isTrue();
        assertThat(analyze(
                                "Hi, this is Rob from Peak Fitness about your membership.",
                                "Get me your supervisor, I've been charged twice for the same month.")
                        .escalationRequested())
                .isTrue();
    }

    @Test
    void aPoliteRefusalIsNoComplaint() {
        Analysis analysis = analyze(
                "Guten Tag, hier ist Nina von Stadtwerke Plus wegen Ihres Stromvertrags.",
                "Danke für den Anruf, aber wir sind zufrieden mit unserem Anbieter. Schönen Tag noch.");

        assertThat(analysis.complaint()).isFalse();
        assertThat(analysis.escalationRequested()).isFalse();
    }
}
