package io.switchboard.leads;

import static io.switchboard.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.switchboard.support.Api;
import io.switchboard.support.ApiTest;
import io.switchboard.support.Multipart;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * CSV files leaving Switchboard cannot run formulas in a spreadsheet, yet import back unchanged;
 * files coming in with NUL characters or thousands of columns are refused with 400, not a 500.
 */
class CsvSafetyIT extends ApiTest {

    static final List<List<String>> LEADS = List.of(
            List.of("=HYPERLINK(\"http://evil.example\",\"Click\")", "hyper@example.com", "(512) 555-0101", "@acme"),
            List.of("-Minus Person", "minus@example.com", "+1 512 555 0102", "+Plus Inc"),
            List.of("Normal; Person", "normal@example.com", "512-555-0103", "Tab\tCo"));

    @Test
    void theExportRunsNoFormulaAndImportsBackUnchanged() {
        Tenant source = signUp();
        for (List<String> lead : LEADS) {
            var created = api.post(
                    "/api/v1/leads",
                    body("name", lead.get(0), "email", lead.get(1), "phone", lead.get(2), "company", lead.get(3)),
                    source.token());
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
        }
        var export = api.get("/api/v1/leads/export", source.token());
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body())
                .contains(
                        "'=HYPERLINK(",
                        "'@acme",
                        "'-Minus Person",
                        "'+Plus Inc",
                        "'+15125550101",
                        "\"Normal; Person\"");
        for (CsvRecord record : CsvReader.builder().ofCsvRecord(export.body())) {
            for (String cell : record.getFields()) {
                assertThat(cell).as("a cell a spreadsheet would run").doesNotMatch("(?s)[=+\\-@\t\r].*");
            }
        }

        Tenant target = signUp();
        var preview = upload(target, export.body());
        assertThat(preview.status()).as(preview.toString()).isEqualTo(201);
        String id = preview.text("id");
        api.post("/api/v1/lead-imports/" + id + "/commit", null, target.token());
        waitForCompletion(target, id);
        assertThat(leads(target)).isEqualTo(leads(source));
    }

    @Test
    void theReportOfRejectedRowsRunsNoFormula() {
        Tenant tenant = signUp();
        String id = upload(tenant, "Name,Phone\n=cmd|' /C calc'!A0,not a phone\nAnn Lee,(512) 555-0104\n")
                .text("id");
        String errors = api.get("/api/v1/lead-imports/" + id + "/errors", tenant.token())
                .body();
        assertThat(errors).contains("\"'=cmd|' /C calc'!A0\"", "not a phone");
    }

    @Test
    void leadImportsRefuseNulCharactersAndThousandsOfColumns() {
        Tenant tenant = signUp();
        var nul = upload(tenant, "Name,Phone\nAnn Lee,(512) 555-0104\nBo\u0000b,(512) 555-0105\n");
        assertProblem(nul, 400, "invalid_character");
        assertThat(nul.text("detail")).contains("line 3");
        assertProblem(upload(tenant, "Name,Phone," + "x,".repeat(16_384) + "\n"), 400, "too_many_columns");
        assertProblem(
                upload(tenant, "Name,Phone\nAnn Lee,(512) 555-0104," + "x,".repeat(16_384) + "\n"),
                400,
                "too_many_columns");
        assertThat(api.get("/api/v1/lead-imports", tenant.token()).json()).isEmpty();
    }

    @Test
    void doNotCallImportsRefuseNulCharactersAndThousandsOfColumns() {
        Tenant tenant = signUp();
        assertProblem(dncImport(tenant, "phone,reason\n(512) 555-0106,asked\u0000\n"), 400, "invalid_character");
        assertProblem(dncImport(tenant, "phone," + "reason,".repeat(16_384) + "\n"), 400, "too_many_columns");
        assertThat(api.get("/api/v1/dnc", tenant.token()).json().path("data")).isEmpty();
    }

    private Api.Response upload(Tenant tenant, String csv) {
        Multipart file = Multipart.file("file", "leads.csv", csv);
        return api.sendBytes("POST", "/api/v1/lead-imports", file.body(), file.contentType(), tenant.token());
    }

    private Api.Response dncImport(Tenant tenant, String csv) {
        Multipart file = Multipart.file("file", "dnc.csv", csv);
        return api.sendBytes("POST", "/api/v1/dnc/imports", file.body(), file.contentType(), tenant.token());
    }

    /** Each lead's name, email, phone and company. */
    private Set<List<String>> leads(Tenant tenant) {
        List<List<String>> leads = new ArrayList<>();
        for (JsonNode lead : api.get("/api/v1/leads", tenant.token()).json().path("data")) {
            leads.add(List.of(
                    lead.path("name").asString(),
                    lead.path("email").asString(),
                    lead.path("phone").asString(),
                    lead.path("company").asString()));
        }
        assertThat(leads).hasSize(LEADS.size());
        return Set.copyOf(leads);
    }

    private void waitForCompletion(Tenant tenant, String id) {
        LeadImportIT.awaitStatus(api, tenant, id, "completed");
    }
}
