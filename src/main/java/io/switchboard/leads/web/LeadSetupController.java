package io.switchboard.leads.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.leads.CustomField;
import io.switchboard.leads.CustomFieldManagement;
import io.switchboard.leads.FieldType;
import io.switchboard.leads.LeadFilter;
import io.switchboard.leads.Pipeline;
import io.switchboard.leads.PipelineId;
import io.switchboard.leads.PipelineManagement;
import io.switchboard.leads.SavedView;
import io.switchboard.leads.SavedViews;
import io.switchboard.leads.StageKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Pipelines and stages, custom lead fields, and each user's saved lead views. */
@RestController
@Tag(name = "Lead setup", description = "Pipelines and stages, custom fields, saved views")
class LeadSetupController {

    private final PipelineManagement pipelines;
    private final CustomFieldManagement fields;
    private final SavedViews views;

    LeadSetupController(PipelineManagement pipelines, CustomFieldManagement fields, SavedViews views) {
        this.pipelines = pipelines;
        this.fields = fields;
        this.views = views;
    }

    record CreatePipeline(
            @NotBlank @Size(max = 120) String name, @NotEmpty @Size(max = 30) List<@Valid StageInput> stages) {}

    record StageInput(
            @NotBlank @Size(max = 120) String name,
            @NotNull StageKind kind,
            @Nullable @Min(0) @Max(100) Integer probability) {}

    record CreateField(
            @NotBlank @Size(max = 40) String key,
            @NotBlank @Size(max = 120) String label,
            @NotNull FieldType fieldType,
            @Nullable @Size(max = 100) List<@Size(max = 120) String> options,
            @Nullable Boolean required) {}

    /**
     * @param filters the lead list's query parameters, e.g. {"status": "new,contacted", "q": "condo"}; a
     *     value holds at most 200 comma-separated values (LeadFilters checks each parameter's own limit)
     */
    record CreateView(
            @NotBlank @Size(max = 120) String name,
            @NotNull @Size(max = LeadFilter.MAX_VALUES + 50)
                    Map<@Size(max = 120) String, @Size(max = 10_000) String> filters) {}

    @GetMapping("/api/v1/pipelines")
    @PreAuthorize("hasAuthority('leads:read')")
    @Operation(summary = "Pipelines with their ordered stages (the default one first)")
    List<Pipeline> pipelines() {
        return pipelines.all();
    }

    @PostMapping("/api/v1/pipelines")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('leads:configure')")
    @Operation(summary = "Create a pipeline: open stages in order, then one won and one lost stage")
    Pipeline createPipeline(@Valid @RequestBody CreatePipeline body) {
        return pipelines.create(
                body.name(),
                body.stages().stream()
                        .map(s -> new PipelineManagement.NewStage(s.name(), s.kind(), s.probability()))
                        .toList());
    }

    @GetMapping("/api/v1/pipelines/{id}")
    @PreAuthorize("hasAuthority('leads:read')")
    @Operation(summary = "Get a pipeline")
    Pipeline pipeline(@PathVariable UUID id) {
        return pipelines.get(PipelineId.of(id));
    }

    @DeleteMapping("/api/v1/pipelines/{id}")
    @PreAuthorize("hasAuthority('leads:configure')")
    @Operation(summary = "Delete a pipeline (not the default one); its leads keep their data but lose the stage")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deletePipeline(@PathVariable UUID id) {
        pipelines.delete(PipelineId.of(id));
    }

    @GetMapping("/api/v1/lead-fields")
    @PreAuthorize("hasAuthority('leads:read')")
    @Operation(summary = "The organization's custom lead fields")
    List<CustomField> fields() {
        return fields.all();
    }

    @PostMapping("/api/v1/lead-fields")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('leads:configure')")
    @Operation(summary = "Add a custom lead field (text, number, date, boolean or select)")
    CustomField createField(@Valid @RequestBody CreateField body) {
        return fields.create(
                body.key(), body.label(), body.fieldType(), body.options(), Boolean.TRUE.equals(body.required()));
    }

    @DeleteMapping("/api/v1/lead-fields/{id}")
    @PreAuthorize("hasAuthority('leads:configure')")
    @Operation(summary = "Remove a custom lead field (values already stored stay on the leads)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteField(@PathVariable UUID id) {
        fields.delete(id);
    }

    @GetMapping("/api/v1/lead-views")
    @PreAuthorize("hasAuthority('leads:read')")
    @Operation(summary = "Your saved lead views")
    List<SavedView> views(@AuthenticationPrincipal AuthenticatedUser me) {
        return views.of(me.id().value());
    }

    @PostMapping("/api/v1/lead-views")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('leads:read')")
    @Operation(summary = "Save a lead view: a name and the list's filter parameters")
    SavedView saveView(@Valid @RequestBody CreateView body, @AuthenticationPrincipal AuthenticatedUser me) {
        var params = new LinkedMultiValueMap<String, String>();
        body.filters().forEach(params::add);
        params.remove("limit");
        params.remove("cursor");
        return views.save(me.id().value(), body.name(), LeadFilters.parse(params));
    }

    @DeleteMapping("/api/v1/lead-views/{id}")
    @PreAuthorize("hasAuthority('leads:read')")
    @Operation(summary = "Delete one of your saved views")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteView(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me) {
        views.delete(me.id().value(), id);
    }
}
