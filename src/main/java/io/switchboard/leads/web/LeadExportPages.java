package io.switchboard.leads.web;

import io.switchboard.leads.LeadExport;
import io.switchboard.shared.ConsolePage;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The lead list's "Export CSV" for the signed-in console (the API's export wants a token). */
@Controller
@ConsolePage
class LeadExportPages {

    private final LeadExport export;

    LeadExportPages(LeadExport export) {
        this.export = export;
    }

    @GetMapping("/leads/export.csv")
    @PreAuthorize("hasAuthority('leads:export')")
    void export(@RequestParam MultiValueMap<String, String> params, HttpServletResponse response) throws IOException {
        CsvDownloads.leads(export, LeadFilters.parse(params), response);
    }
}
