package io.switchboard.leads.web;

import io.switchboard.leads.ImportId;
import io.switchboard.leads.LeadExport;
import io.switchboard.leads.LeadFilter;
import io.switchboard.leads.LeadImports;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * The CSV files of the leads module. The API and the console serve the same files, each behind
 * its own authentication: a console link never leads into the API.
 */
final class CsvDownloads {

    private CsvDownloads() {}

    static void leads(LeadExport export, LeadFilter filter, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"leads.csv\"");
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        export.write(filter, writer);
        writer.flush();
    }

    static void skippedRows(LeadImports imports, ImportId id, HttpServletResponse response) throws IOException {
        imports.get(id); // 404 before any byte is written
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.csv\"");
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        imports.errors(id, writer);
        writer.flush();
    }
}
