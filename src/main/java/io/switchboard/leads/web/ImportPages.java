package io.switchboard.leads.web;

import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.leads.ImportId;
import io.switchboard.leads.ImportStatus;
import io.switchboard.leads.ImportView;
import io.switchboard.leads.LeadDirectory;
import io.switchboard.leads.LeadImports;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.InvalidInput;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The import wizard: upload, check the mapping and the preview, import with a progress bar, review errors. */
@Controller
@ConsolePage
class ImportPages {

    /** The skipped rows shown on the page; the download has all of them. */
    static final int SKIPPED_SHOWN = 100;

    private final LeadImports imports;
    private final LeadDirectory leads;

    ImportPages(LeadImports imports, LeadDirectory leads) {
        this.imports = imports;
        this.leads = leads;
    }

    @GetMapping("/leads/import")
    @PreAuthorize("hasAuthority('leads:import')")
    String wizard(Model model) {
        model.addAttribute("recent", imports.recent());
        return "leads/import";
    }

    /** Uploads (again) with the mapping chosen on the page, if any, and shows the preview. */
    @PostMapping("/leads/import")
    @PreAuthorize("hasAuthority('leads:import')")
    String preview(
            @RequestParam("file") MultipartFile file,
            @RequestParam MultiValueMap<String, String> params,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model)
            throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInput("file", "empty_file", "choose a CSV file to import");
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        params.forEach((key, values) -> {
            // One select per column: "col:<header>" = the lead field it feeds.
            if (key.startsWith("col:")
                    && !values.isEmpty()
                    && !values.getFirst().isBlank()) {
                mapping.put(values.getFirst(), key.substring(4));
            }
        });
        try (InputStream input = file.getInputStream()) {
            ImportView view = imports.preview(
                    file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename(),
                    file.getSize(),
                    input,
                    mapping.isEmpty() ? null : mapping,
                    me.id().value());
            return show(view, model);
        }
    }

    @PostMapping("/leads/import/{id}/commit")
    @PreAuthorize("hasAuthority('leads:import')")
    String commit(@PathVariable UUID id, Model model) {
        return show(imports.commit(ImportId.of(id)), model);
    }

    @GetMapping("/leads/import/{id}")
    @PreAuthorize("hasAuthority('leads:import')")
    String progress(@PathVariable UUID id, Model model) {
        return show(imports.get(ImportId.of(id)), model);
    }

    @PostMapping("/leads/import/{id}/undo")
    @PreAuthorize("hasAuthority('leads:import')")
    String undo(@PathVariable UUID id, Model model) {
        return show(imports.undo(ImportId.of(id)), model);
    }

    /** The skipped rows as CSV, for the signed-in console (the API's twin needs a token). */
    @GetMapping("/leads/import/{id}/skipped.csv")
    @PreAuthorize("hasAuthority('leads:import')")
    void skippedRows(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        CsvDownloads.skippedRows(imports, ImportId.of(id), response);
    }

    private String show(ImportView view, Model model) {
        List<ImportView.SkippedRow> skipped =
                view.status() == ImportStatus.RUNNING || view.status() == ImportStatus.PREVIEWED
                        ? List.<ImportView.SkippedRow>of()
                        : imports.skipped(view.id(), SKIPPED_SHOWN);
        Set<UUID> duplicates = new HashSet<>();
        view.preview().stream()
                .map(ImportView.PreviewRow::duplicateOf)
                .filter(Objects::nonNull)
                .forEach(l -> duplicates.add(l.value()));
        skipped.stream()
                .map(ImportView.SkippedRow::duplicateOf)
                .filter(Objects::nonNull)
                .forEach(l -> duplicates.add(l.value()));
        model.addAttribute("im", view);
        model.addAttribute("targets", imports.mappingTargets());
        model.addAttribute("skipped", skipped);
        model.addAttribute("leadNames", leads.names(duplicates));
        return "leads/import :: result";
    }
}
