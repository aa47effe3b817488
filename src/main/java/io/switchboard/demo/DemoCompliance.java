package io.switchboard.demo;

import io.switchboard.compliance.ComplianceSettingsChanges;
import io.switchboard.compliance.ComplianceSettingsManagement;
import io.switchboard.compliance.ConsentSource;
import io.switchboard.compliance.Consents;
import io.switchboard.compliance.DncSource;
import io.switchboard.compliance.DoNotCall;
import io.switchboard.compliance.NewConsent;
import io.switchboard.identity.User;
import io.switchboard.leads.Lead;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Acme Realty's calling rules: 09:00-20:00 in the lead's own time, every day (the demo leads span
 * Sydney to Los Angeles, so at any hour someone can be called and the demo campaign moves, while
 * the others show as deferred), a few holidays, do-not-call numbers (one of them a demo lead's, so
 * the exclusion shows) and recorded consents.
 */
@Component
class DemoCompliance {

    private final DoNotCall doNotCall;
    private final Consents consents;
    private final ComplianceSettingsManagement settings;
    private final DemoMessaging messaging;

    DemoCompliance(
            DoNotCall doNotCall, Consents consents, ComplianceSettingsManagement settings, DemoMessaging messaging) {
        this.doNotCall = doNotCall;
        this.consents = consents;
        this.settings = settings;
        this.messaging = messaging;
    }

    /** Must run in the demo organization's tenant context. */
    void create(User admin, List<Lead> leads) {
        settings.update(new ComplianceSettingsChanges(
                LocalTime.of(9, 0), LocalTime.of(20, 0), EnumSet.allOf(DayOfWeek.class), false));
        holidays();

        // Noah Williams asked on a call not to be called again: his number is excluded from campaigns.
        doNotCall.addManually(
                "(512) 555-0196",
                "Asked not to be called again on a call",
                admin.id().value());
        doNotCall.add("+1 737 555 0100", "Said \"take me off your list\" (transcript)", DncSource.TRANSCRIPT);
        doNotCall.importCsv(
                "suppression-list.csv",
                new ByteArrayInputStream(
                        """
                        phone,reason
                        (512) 555-0101,State do-not-call registry
                        (512) 555-0102,State do-not-call registry
                        +44 20 7946 0999,Opted out by e-mail
                        (512) 555-0101,State do-not-call registry
                        not a number,
                        """
                                .getBytes(StandardCharsets.UTF_8)),
                admin.id().value());

        Lead dana = leads.get(0);
        consents.record(
                dana.id(),
                new NewConsent(
                        ConsentSource.WEB_FORM,
                        Instant.now().minus(12, ChronoUnit.DAYS),
                        "Ticked \"Acme Realty may call me, including with an AI assistant\" on the listing enquiry form",
                        "https://acme.example/forms/enquiry/8812"),
                admin.id().value());
        Lead priya = leads.get(2);
        consents.record(
                priya.id(),
                new NewConsent(
                        ConsentSource.VERBAL,
                        Instant.now().minus(3, ChronoUnit.DAYS),
                        "Agreed on a recorded call with Avery to a follow-up call by the AI assistant",
                        null),
                admin.id().value());
        // messaging's consents are per channel in the same ledger, and its sends need them
        messaging.create(admin, leads);
    }

    private void holidays() {
        int year = LocalDate.now().getYear();
        for (int y = year; y <= year + 1; y++) {
            settings.addHoliday(LocalDate.of(y, Month.JANUARY, 1), null, "New Year's Day");
            settings.addHoliday(LocalDate.of(y, Month.JULY, 4), "US", "Independence Day");
            settings.addHoliday(LocalDate.of(y, Month.DECEMBER, 25), null, "Christmas Day");
        }
        settings.addHoliday(LocalDate.of(year, Month.AUGUST, 15), "IN", "Independence Day (India)");
    }
}
