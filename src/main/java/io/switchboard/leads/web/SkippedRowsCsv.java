package io.switchboard.leads.web;

import io.switchboard.leads.ImportId;
import io.switchboard.leads.LeadImports;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/** An import's skipped rows as a CSV download: the API and the console serve the same file. */
final class SkippedRowsCsv {

    private SkippedRowsCsv() {}

    static void write(LeadImports imports, ImportId id, HttpServletResponse response) throws IOException {
        imports.get(id); // 404 before any byte is written
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-errors.csv\"");
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        imports.errors(id, writer);
        writer.flush();
    }
}
