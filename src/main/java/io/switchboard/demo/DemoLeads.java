package io.switchboard.demo;

import io.switchboard.identity.User;
import io.switchboard.leads.CustomFieldManagement;
import io.switchboard.leads.FieldType;
import io.switchboard.leads.ImportView;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadChanges;
import io.switchboard.leads.LeadImports;
import io.switchboard.leads.LeadManagement;
import io.switchboard.leads.LeadOwnership;
import io.switchboard.leads.LeadSource;
import io.switchboard.leads.LeadStatus;
import io.switchboard.leads.NewLead;
import io.switchboard.leads.NewNote;
import io.switchboard.leads.NewStakeholder;
import io.switchboard.leads.NewTask;
import io.switchboard.leads.NoteManagement;
import io.switchboard.leads.NoteType;
import io.switchboard.leads.Pipeline;
import io.switchboard.leads.PipelineManagement;
import io.switchboard.leads.TaskManagement;
import io.switchboard.leads.TaskPriority;
import io.switchboard.leads.Temperature;
import io.switchboard.shared.UserId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The Acme Realty leads: a realistic spread over stages, owners, temperatures and sources. */
@Component
class DemoLeads {

    /** name, phone, e-mail, company, temperature, stage index, budget, bedrooms. */
    private static final String[][] PEOPLE = {
        {"Dana Whitfield", "(512) 555-0142", "dana.whitfield@example.com", "", "hot", "3", "650000", "3"},
        {"Marcus Lee", "(512) 555-0177", "marcus.lee@example.com", "Lee Dental", "warm", "2", "480000", "2"},
        {"Priya Raman", "+91 98765 43210", "priya.raman@example.in", "Raman Exports", "hot", "4", "900000", "4"},
        {"Oliver Bennett", "+44 20 7946 0958", "oliver.bennett@example.co.uk", "", "warm", "1", "720000", "3"},
        {"Sofia Alvarez", "(737) 555-0110", "sofia.alvarez@example.com", "", "cold", "0", "350000", "2"},
        {"James O'Connor", "(212) 555-0198", "james.oconnor@example.com", "O'Connor Law", "warm", "2", "1200000", "5"},
        {"Aisha Khan", "+44 161 496 0733", "aisha.khan@example.co.uk", "", "cold", "0", "", ""},
        {"Wei Zhang", "(415) 555-0166", "wei.zhang@example.com", "Zhang Capital", "hot", "3", "2100000", "4"},
        {"Emily Carter", "(512) 555-0123", "emily.carter@example.com", "", "cold", "1", "410000", "2"},
        {"Rahul Mehta", "+91 99887 66554", "rahul.mehta@example.in", "", "warm", "1", "", "3"},
        {"Grace Kim", "(206) 555-0145", "grace.kim@example.com", "", "warm", "2", "560000", "3"},
        {"Daniel Novak", "(312) 555-0107", "daniel.novak@example.com", "Novak Builders", "cold", "0", "", ""},
        {"Hannah Schultz", "(737) 555-0188", "hannah.schultz@example.com", "", "hot", "5", "530000", "3"},
        {"Luis Ortega", "(210) 555-0154", "luis.ortega@example.com", "", "cold", "6", "300000", "1"},
        {"Chloe Dubois", "+33 1 70 36 39 50", "chloe.dubois@example.fr", "", "warm", "1", "800000", "3"},
        {"Noah Williams", "(512) 555-0196", "noah.williams@example.com", "", "cold", "0", "", ""},
        {"Fatima Noor", "+44 113 496 0120", "fatima.noor@example.co.uk", "Noor Clinics", "hot", "4", "1500000", "5"},
        {"Ethan Brooks", "(469) 555-0131", "ethan.brooks@example.com", "", "warm", "2", "450000", "2"},
        {"Ananya Iyer", "+91 91234 56780", "ananya.iyer@example.in", "", "cold", "0", "", "2"},
        {"Benjamin Clark", "(303) 555-0172", "ben.clark@example.com", "Clark & Sons", "warm", "3", "980000", "4"},
        {"Isabella Rossi", "(512) 555-0161", "isabella.rossi@example.com", "", "hot", "3", "610000", "3"},
        {"Kwame Mensah", "(713) 555-0119", "kwame.mensah@example.com", "", "cold", "1", "", ""},
        {"Mia Johansson", "+46 8 123 456 78", "mia.johansson@example.se", "", "cold", "0", "", ""},
        {"Arjun Singh", "+91 90000 12345", "arjun.singh@example.in", "Singh Textiles", "warm", "2", "750000", "3"},
        {"Zoe Martin", "(512) 555-0138", "zoe.martin@example.com", "", "warm", "1", "390000", "2"},
    };

    private final LeadManagement leads;
    private final LeadOwnership ownership;
    private final NoteManagement notes;
    private final TaskManagement tasks;
    private final PipelineManagement pipelines;
    private final CustomFieldManagement fields;
    private final DemoVendor vendor;
    private final LeadImports imports;

    DemoLeads(
            LeadManagement leads,
            LeadOwnership ownership,
            NoteManagement notes,
            TaskManagement tasks,
            PipelineManagement pipelines,
            CustomFieldManagement fields,
            DemoVendor vendor,
            LeadImports imports) {
        this.leads = leads;
        this.ownership = ownership;
        this.notes = notes;
        this.tasks = tasks;
        this.pipelines = pipelines;
        this.fields = fields;
        this.vendor = vendor;
        this.imports = imports;
    }

    /** Must run in the demo organization's tenant context. Answers the leads of the list above. */
    List<Lead> create(User admin, List<User> agents, User supervisor) {
        fields.create("budget", "Budget (USD)", FieldType.NUMBER, null, false);
        fields.create("bedrooms", "Bedrooms", FieldType.NUMBER, null, false);
        fields.create("financing", "Financing", FieldType.SELECT, List.of("cash", "mortgage", "undecided"), false);
        Pipeline pipeline = pipelines.defaultPipeline();
        List<Lead> created = new ArrayList<>();
        for (int i = 0; i < PEOPLE.length; i++) {
            created.add(lead(PEOPLE[i], pipeline, agents.get(i % agents.size()), admin));
        }
        vendor.create();
        workTheLeads(created, admin, agents, supervisor);
        importSample(admin);
        return created;
    }

    private Lead lead(String[] p, Pipeline pipeline, User owner, User admin) {
        Map<String, Object> custom = new java.util.LinkedHashMap<>();
        if (!p[6].isEmpty()) {
            custom.put("budget", Long.parseLong(p[6]));
        }
        if (!p[7].isEmpty()) {
            custom.put("bedrooms", Integer.parseInt(p[7]));
        }
        Temperature temperature = Temperature.fromCode(p[4]);
        int score =
                switch (temperature) {
                    case HOT -> 82;
                    case WARM -> 55;
                    case COLD -> 20;
                };
        var stage = pipeline.stages().get(Integer.parseInt(p[5])).id();
        return leads.create(
                new NewLead(
                        p[0],
                        p[2],
                        p[1],
                        null,
                        p[3].isEmpty() ? null : p[3],
                        null,
                        p[3].isEmpty() ? LeadSource.WEBSITE : LeadSource.REFERRAL,
                        LeadStatus.NEW,
                        temperature,
                        score + p[0].length() % 9,
                        stage,
                        temperature == Temperature.HOT ? LocalDate.now().plusDays(21) : null,
                        owner.id(),
                        null,
                        null,
                        null,
                        custom,
                        null,
                        false),
                admin.id().value());
    }

    private void workTheLeads(List<Lead> created, User admin, List<User> agents, User supervisor) {
        Lead dana = created.get(0);
        leads.update(
                dana.id(),
                LeadChanges.status(LeadStatus.QUALIFIED),
                agents.get(0).id().value());
        leads.addStakeholder(
                dana.id(),
                new NewStakeholder("Chris Whitfield", "spouse, co-signer", null, "(512) 555-0143", false),
                agents.get(0).id().value());
        notes.add(
                dana.id(),
                new NewNote(
                        "Pre-approved for $620k with Lakeside Credit Union. Wants a 3-bed near the lake, "
                                + "move-in before school starts.",
                        NoteType.CALL,
                        false,
                        null,
                        null),
                agents.get(0).id().value());
        notes.add(
                dana.id(),
                new NewNote(
                        "@Sam can you join the Saturday viewing? They asked about HOA fees.",
                        NoteType.GENERAL,
                        false,
                        List.of(supervisor.id()),
                        null),
                agents.get(0).id().value());
        tasks.create(
                new NewTask(
                        dana.id(),
                        "Send HOA fee schedule",
                        null,
                        agents.get(0).id(),
                        TaskPriority.HIGH,
                        Instant.now().plus(1, ChronoUnit.DAYS)),
                agents.get(0).id().value());
        Lead priya = created.get(2);
        ownership.assign(
                priya.id(),
                agents.get(1).id(),
                "speaks Hindi; handles the India desk",
                admin.id().value());
        notes.add(
                priya.id(),
                new NewNote(
                        "Relocating from Pune in August. Budget is firm; wants a home office.",
                        NoteType.MEETING,
                        false,
                        null,
                        null),
                agents.get(1).id().value());
        tasks.create(
                new NewTask(
                        priya.id(),
                        "Video walkthrough of Lakeside unit 12B",
                        null,
                        agents.get(1).id(),
                        TaskPriority.NORMAL,
                        Instant.now().minus(2, ChronoUnit.HOURS)),
                admin.id().value());
        Lead wei = created.get(7);
        notes.add(
                wei.id(),
                new NewNote(
                        "Investor: interested in two units. Asked about financing terms and rental yields.",
                        NoteType.CALL,
                        false,
                        null,
                        null),
                agents.get(2).id().value());
        notes.add(
                wei.id(),
                new NewNote("Personal reminder: prefers e-mail after 6pm.", NoteType.REMINDER, true, null, null),
                agents.get(2).id().value());
        tasks.create(
                new NewTask(
                        wei.id(),
                        "Prepare rental yield sheet",
                        null,
                        agents.get(2).id(),
                        TaskPriority.CRITICAL,
                        Instant.now().plus(3, ChronoUnit.DAYS)),
                admin.id().value());
        leads.update(
                created.get(13).id(),
                LeadChanges.status(LeadStatus.LOST),
                agents.get(1).id().value());
        Optional.of(created.get(12))
                .ifPresent(h -> notes.add(
                        h.id(),
                        new NewNote(
                                "Signed! Closing on the 28th.",
                                NoteType.GENERAL,
                                false,
                                List.of(UserId.of(admin.id().value())),
                                null),
                        agents.get(0).id().value()));
    }

    /** A small import through the real path, so the import page has history and an error report. */
    private void importSample(User admin) {
        String csv =
                """
                Full Name;Mobile;E-mail;Company;Budget
                Harper Lewis;(512) 555-0104;harper.lewis@example.com;;450000
                "Nguyen, Linh";+1 737 555 0126;linh.nguyen@example.com;Nguyen Nails;380000
                Mateo Silva;512.555.0159;;Silva Roofing;520000
                Dana W. (dup);(512) 555-0142;;;
                Unreachable Person;;;;
                Ava Thompson;+44 20 7946 0321;ava.thompson@example.co.uk;;610000
                """;
        ImportView view = imports.preview(
                "open-house-signups.csv",
                csv.length(),
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                Map.of(
                        "name",
                        "Full Name",
                        "phone",
                        "Mobile",
                        "email",
                        "E-mail",
                        "company",
                        "Company",
                        "custom.budget",
                        "Budget"),
                admin.id().value());
        imports.commit(view.id());
    }
}
