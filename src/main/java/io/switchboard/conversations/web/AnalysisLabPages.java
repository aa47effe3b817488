package io.switchboard.conversations.web;

import io.switchboard.conversations.AnalysisSettings;
import io.switchboard.conversations.AnalysisSettingsChanges;
import io.switchboard.conversations.AnalyzerKind;
import io.switchboard.conversations.ConversationAnalysis;
import io.switchboard.conversations.ExtractionField;
import io.switchboard.conversations.Segment;
import io.switchboard.conversations.Transcript;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.InvalidInput;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analysis lab: paste or type a conversation, see what the organization's analyzer makes of it,
 * and change the analyzer settings (analyzer, questions, fields, endpoint).
 */
@Controller
@ConsolePage
class AnalysisLabPages {

    static final List<String> LANGUAGES = List.of("en", "es", "hi-Latn", "fr", "de", "pt");

    private final ConversationAnalysis analysis;

    AnalysisLabPages(ConversationAnalysis analysis) {
        this.analysis = analysis;
    }

    @GetMapping("/analysis")
    @PreAuthorize("hasAuthority('calls:read')")
    String lab(Model model) {
        AnalysisSettings settings = analysis.settings();
        model.addAttribute("settings", settings);
        model.addAttribute("analyzers", AnalyzerKind.values());
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("questionLines", ConsoleText.questionLines(settings.qualificationQuestions()));
        model.addAttribute("fieldLines", ConsoleText.fieldLines(settings.extractionFields()));
        return "conversations/analysis-lab";
    }

    @PostMapping("/analysis/preview")
    @PreAuthorize("hasAuthority('calls:read')")
    String preview(
            @RequestParam(defaultValue = "") String conversation,
            @RequestParam(required = false) @Nullable String language,
            Model model) {
        List<Segment> segments = ConsoleText.conversation(conversation);
        String stated = language == null || language.isBlank() ? null : language;
        model.addAttribute("analysis", analysis.analyze(new Transcript(segments, stated)));
        model.addAttribute(
                "fieldLabels",
                analysis.settings().extractionFields().stream()
                        .collect(Collectors.toMap(ExtractionField::key, ExtractionField::label)));
        return "conversations/analysis-lab :: result";
    }

    @PostMapping("/analysis/settings")
    @PreAuthorize("hasAuthority('calls:write')")
    String save(
            @RequestParam AnalyzerKind analyzer,
            @RequestParam(name = "qualification_questions", defaultValue = "") String questions,
            @RequestParam(name = "extraction_fields", defaultValue = "") String fields,
            @RequestParam(name = "base_url", defaultValue = "") String baseUrl,
            @RequestParam(defaultValue = "") String model,
            @RequestParam(name = "api_key", defaultValue = "") String apiKey,
            @RequestParam(name = "remove_api_key", defaultValue = "false") boolean removeApiKey,
            @RequestParam(name = "prompt_price_per_million", defaultValue = "") String promptPrice,
            @RequestParam(name = "completion_price_per_million", defaultValue = "") String completionPrice,
            Model page) {
        Optional<AnalysisSettingsChanges.Endpoint> endpoint = baseUrl.isBlank() && model.isBlank()
                ? Optional.empty()
                : Optional.of(new AnalysisSettingsChanges.Endpoint(
                        Optional.of(baseUrl),
                        Optional.of(model),
                        removeApiKey ? Optional.empty() : apiKey.isBlank() ? null : Optional.of(apiKey),
                        Optional.ofNullable(price("prompt_price_per_million", promptPrice)),
                        Optional.ofNullable(price("completion_price_per_million", completionPrice))));
        analysis.updateSettings(new AnalysisSettingsChanges(
                Optional.of(analyzer),
                Optional.of(ConsoleText.questions(questions)),
                Optional.of(ConsoleText.fields(fields)),
                endpoint));
        page.addAttribute("kind", "success");
        page.addAttribute("message", "Analysis settings saved.");
        return "fragments :: alert(kind=${kind}, message=${message})";
    }

    private static @Nullable BigDecimal price(String field, String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "invalid_settings", "must be a number such as 0.15");
        }
    }
}
