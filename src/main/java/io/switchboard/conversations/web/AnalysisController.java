package io.switchboard.conversations.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.conversations.Analysis;
import io.switchboard.conversations.AnalysisSettings;
import io.switchboard.conversations.AnalysisSettingsChanges;
import io.switchboard.conversations.AnalyzerKind;
import io.switchboard.conversations.ConversationAnalysis;
import io.switchboard.conversations.ExtractionField;
import io.switchboard.conversations.FieldType;
import io.switchboard.conversations.QualificationQuestion;
import io.switchboard.conversations.Segment;
import io.switchboard.conversations.Transcript;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/analysis")
@Tag(name = "Analysis", description = "Conversation analysis: a preview on any transcript, and the analyzer settings")
class AnalysisController {

    private final ConversationAnalysis analysis;

    AnalysisController(ConversationAnalysis analysis) {
        this.analysis = analysis;
    }

    record SegmentInput(
            @NotBlank @Size(max = Transcript.MAX_SPEAKER_CHARS) String speaker,
            @Nullable @PositiveOrZero Double start,
            @Nullable @PositiveOrZero Double end,
            @NotBlank @Size(max = Transcript.MAX_SEGMENT_CHARS) String text) {}

    record Preview(
            @NotEmpty @Size(max = Transcript.MAX_SEGMENTS) List<@Valid @NotNull SegmentInput> segments,
            @Nullable
                    @Pattern(
                            regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}",
                            message = "must be a language tag such as en or es-MX")
                    @Size(max = 35)
                    String language) {}

    // The limits below are enforced by the settings check (invalid_settings); here they are documented,
    // except a keyword's length, which Bean Validation checks first (validation_failed, same field).
    record QuestionInput(
            @Schema(maxLength = 40) String key,
            @Schema(maxLength = 300) String question,
            @ArraySchema(maxItems = 20) @Nullable List<@Size(max = 100) String> keywords,
            @Schema(maxLength = 200) @Nullable String pattern) {
        QualificationQuestion toQuestion() {
            return new QualificationQuestion(key, question, keywords == null ? List.of() : keywords, pattern);
        }
    }

    record FieldInput(
            @Schema(maxLength = 40) String key,
            @Schema(maxLength = 100) String label,
            @NotNull FieldType type,
            @ArraySchema(maxItems = 20) @Nullable List<@Size(max = 100) String> keywords,
            @Schema(maxLength = 200) @Nullable String pattern) {
        ExtractionField toField() {
            return new ExtractionField(key, label, type, keywords == null ? List.of() : keywords, pattern);
        }
    }

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    record EndpointInput(
            @Schema(maxLength = 500) @Nullable Optional<String> baseUrl,
            @Schema(maxLength = 200) @Nullable Optional<String> model,
            @Schema(maxLength = 500) @Nullable Optional<String> apiKey,
            @Nullable Optional<BigDecimal> promptPricePerMillion,
            @Nullable Optional<BigDecimal> completionPricePerMillion) {}

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    record UpdateSettings(
            @Nullable Optional<AnalyzerKind> analyzer,
            @ArraySchema(maxItems = 20) @Nullable Optional<List<@Valid @NotNull QuestionInput>> qualificationQuestions,
            @ArraySchema(maxItems = 20) @Nullable Optional<List<@Valid @NotNull FieldInput>> extractionFields,
            @Nullable Optional<EndpointInput> openaiCompatible) {}

    @PostMapping("/preview")
    @PreAuthorize("hasAuthority('calls:read')")
    @Operation(
            summary = "Analyse a transcript without storing anything",
            description = "Runs the organization's analyzer (and its qualification questions and extraction fields)"
                    + " on the given speaker turns and returns the analysis a call would get.")
    Analysis preview(@Valid @RequestBody Preview body) {
        List<Segment> segments = body.segments().stream()
                .map(s -> new Segment(s.speaker(), s.start(), s.end(), s.text()))
                .toList();
        return analysis.analyze(new Transcript(segments, body.language()));
    }

    @GetMapping("/settings")
    @PreAuthorize("hasAuthority('calls:read')")
    @Operation(summary = "The organization's analyzer settings (the endpoint's API key is never returned)")
    AnalysisSettings settings() {
        return analysis.settings();
    }

    @PatchMapping("/settings")
    @PreAuthorize("hasAuthority('calls:write')")
    @Operation(summary = "Change the analyzer settings (JSON merge-patch: null clears a field)")
    AnalysisSettings update(@Valid @RequestBody UpdateSettings body) {
        return analysis.updateSettings(new AnalysisSettingsChanges(
                body.analyzer(),
                map(body.qualificationQuestions(), QuestionInput::toQuestion),
                map(body.extractionFields(), FieldInput::toField),
                body.openaiCompatible() == null
                        ? null
                        : body.openaiCompatible()
                                .map(e -> new AnalysisSettingsChanges.Endpoint(
                                        e.baseUrl(),
                                        e.model(),
                                        e.apiKey(),
                                        e.promptPricePerMillion(),
                                        e.completionPricePerMillion()))));
    }

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    private static <I, O> @Nullable Optional<List<O>> map(
            @Nullable Optional<List<I>> inputs, java.util.function.Function<I, O> convert) {
        return inputs == null
                ? null
                : inputs.map(list -> list.stream().map(convert).toList());
    }
}
