package io.switchboard.leads.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.leads.ImportId;
import io.switchboard.leads.ImportView;
import io.switchboard.leads.LeadImports;
import io.switchboard.shared.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/lead-imports")
@Tag(name = "Lead imports", description = "CSV import: preview, commit (background), progress, error report, undo")
class LeadImportController {

    private final LeadImports imports;
    private final JsonMapper json;

    LeadImportController(LeadImports imports, JsonMapper json) {
        this.imports = imports;
        this.json = json;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('leads:import')")
    @Operation(
            summary = "Upload a CSV and preview the import",
            description = "multipart: file (the CSV) and optional mapping (JSON: lead field → column header, e.g. "
                    + "{\"name\": \"Full Name\", \"phone\": \"Mobile\", \"custom.budget\": \"Budget\"}). Without a mapping, "
                    + "the organization's mapping for the same headers is reused, else columns are matched by name. Every "
                    + "row is cleaned and checked for duplicates now; nothing is imported until commit. Example: "
                    + "`curl -F file=@leads.csv -F 'mapping={\"name\":\"Full Name\"}' …/api/v1/lead-imports`, then "
                    + "POST /api/v1/lead-imports/{id}/commit and follow GET /api/v1/lead-imports/{id}.")
    ImportView preview(
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Nullable @Size(max = 100_000) String mapping,
            @AuthenticationPrincipal AuthenticatedUser me)
            throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInput("file", "empty_file", "the file is empty");
        }
        try (InputStream input = file.getInputStream()) {
            String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
            return imports.preview(
                    name, file.getSize(), input, parseMapping(mapping), me.id().value());
        }
    }

    @PostMapping("/{id}/commit")
    @PreAuthorize("hasAuthority('leads:import')")
    @Operation(summary = "Start importing a previewed file (202; follow progress with GET)")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ImportView commit(@PathVariable UUID id) {
        return imports.commit(ImportId.of(id));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('leads:import')")
    @Operation(summary = "An import's status, counts {rows, imported, duplicates, invalid} and progress")
    ImportView get(@PathVariable UUID id) {
        return imports.get(ImportId.of(id));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('leads:import')")
    @Operation(summary = "The 20 most recent imports")
    List<ImportView> recent() {
        return imports.recent();
    }

    @GetMapping(value = "/{id}/errors", produces = "text/csv")
    @PreAuthorize("hasAuthority('leads:import')")
    @Operation(summary = "The rejected rows (invalid and duplicates) as CSV, with the reason")
    void errors(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        CsvDownloads.skippedRows(imports, ImportId.of(id), response);
    }

    @PostMapping("/{id}/undo")
    @PreAuthorize("hasAuthority('leads:import')")
    @Operation(summary = "Undo a finished import: the leads it created are deleted (softly)")
    ImportView undo(@PathVariable UUID id) {
        return imports.undo(ImportId.of(id));
    }

    private @Nullable Map<String, String> parseMapping(@Nullable String mapping) {
        if (mapping == null || mapping.isBlank()) {
            return null;
        }
        try {
            return json.readValue(mapping, new TypeReference<Map<String, String>>() {});
        } catch (JacksonException e) {
            throw new InvalidInput(
                    "mapping", "invalid_mapping", "must be a JSON object of lead field to column header");
        }
    }
}
