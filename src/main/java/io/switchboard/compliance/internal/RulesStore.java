package io.switchboard.compliance.internal;

import static io.switchboard.db.Tables.COMPLIANCE_HOLIDAYS;
import static io.switchboard.db.Tables.COMPLIANCE_SETTINGS;

import io.switchboard.compliance.CallingWindow;
import io.switchboard.compliance.ComplianceSettings;
import io.switchboard.compliance.ContactFrequency;
import io.switchboard.compliance.Holiday;
import io.switchboard.compliance.HolidayId;
import io.switchboard.db.tables.records.ComplianceHolidaysRecord;
import io.switchboard.db.tables.records.ComplianceSettingsRecord;
import io.switchboard.shared.TenantContext;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The organization's calling rules (one settings row, absent until first changed) and holidays. */
@Repository
public class RulesStore {

    private final DSLContext db;

    RulesStore(DSLContext db) {
        this.db = db;
    }

    public ComplianceSettings settings() {
        return db.selectFrom(COMPLIANCE_SETTINGS)
                .fetchOptional()
                .map(RulesStore::toSettings)
                .orElse(ComplianceSettings.DEFAULT);
    }

    public ComplianceSettings save(ComplianceSettings settings) {
        CallingWindow window = settings.callingWindow();
        String[] days = days(window.days());
        ContactFrequency frequency = settings.contactFrequency();
        ComplianceSettingsRecord stored = db.insertInto(COMPLIANCE_SETTINGS)
                .set(
                        COMPLIANCE_SETTINGS.ORGANIZATION_ID,
                        TenantContext.require().value())
                .set(COMPLIANCE_SETTINGS.WINDOW_START, window.start())
                .set(COMPLIANCE_SETTINGS.WINDOW_END, window.end())
                .set(COMPLIANCE_SETTINGS.CALLING_DAYS, days)
                .set(COMPLIANCE_SETTINGS.REQUIRE_CONSENT_FOR_AI_CALLS, settings.requireConsentForAiCalls())
                .set(COMPLIANCE_SETTINGS.HOURS_AFTER_CONVERSATION, hours(frequency))
                .set(COMPLIANCE_SETTINGS.MAX_ATTEMPTS_PER_DAY, frequency.maxAttemptsPerDay())
                .set(COMPLIANCE_SETTINGS.MAX_ATTEMPTS_PER_WEEK, frequency.maxAttemptsPerWeek())
                .onConflict(COMPLIANCE_SETTINGS.ORGANIZATION_ID)
                .doUpdate()
                .set(COMPLIANCE_SETTINGS.WINDOW_START, window.start())
                .set(COMPLIANCE_SETTINGS.WINDOW_END, window.end())
                .set(COMPLIANCE_SETTINGS.CALLING_DAYS, days)
                .set(COMPLIANCE_SETTINGS.REQUIRE_CONSENT_FOR_AI_CALLS, settings.requireConsentForAiCalls())
                .set(COMPLIANCE_SETTINGS.HOURS_AFTER_CONVERSATION, hours(frequency))
                .set(COMPLIANCE_SETTINGS.MAX_ATTEMPTS_PER_DAY, frequency.maxAttemptsPerDay())
                .set(COMPLIANCE_SETTINGS.MAX_ATTEMPTS_PER_WEEK, frequency.maxAttemptsPerWeek())
                .returning()
                .fetchSingle();
        return toSettings(stored);
    }

    public List<Holiday> holidays() {
        return db.selectFrom(COMPLIANCE_HOLIDAYS)
                .orderBy(COMPLIANCE_HOLIDAYS.HOLIDAY_DATE, COMPLIANCE_HOLIDAYS.COUNTRY.nullsFirst())
                .fetch(RulesStore::toHoliday);
    }

    /** The holidays between two dates (inclusive): what a gate check can need. */
    public List<Holiday> holidays(LocalDate from, LocalDate to) {
        return db.selectFrom(COMPLIANCE_HOLIDAYS)
                .where(COMPLIANCE_HOLIDAYS.HOLIDAY_DATE.between(from, to))
                .fetch(RulesStore::toHoliday);
    }

    public Optional<Holiday> findHoliday(LocalDate date, String country) {
        return db.selectFrom(COMPLIANCE_HOLIDAYS)
                .where(COMPLIANCE_HOLIDAYS.HOLIDAY_DATE.eq(date))
                .and(country == null ? COMPLIANCE_HOLIDAYS.COUNTRY.isNull() : COMPLIANCE_HOLIDAYS.COUNTRY.eq(country))
                .fetchOptional(RulesStore::toHoliday);
    }

    /** Adds a holiday; empty when that date (and country) is one already. */
    public Optional<Holiday> addHoliday(LocalDate date, String country, String name) {
        return db.insertInto(COMPLIANCE_HOLIDAYS)
                .set(
                        COMPLIANCE_HOLIDAYS.ORGANIZATION_ID,
                        TenantContext.require().value())
                .set(COMPLIANCE_HOLIDAYS.ID, HolidayId.generate().value())
                .set(COMPLIANCE_HOLIDAYS.HOLIDAY_DATE, date)
                .set(COMPLIANCE_HOLIDAYS.COUNTRY, country)
                .set(COMPLIANCE_HOLIDAYS.NAME, name)
                .onConflictDoNothing()
                .returning()
                .fetchOptional(RulesStore::toHoliday);
    }

    public boolean removeHoliday(HolidayId id) {
        return db.deleteFrom(COMPLIANCE_HOLIDAYS)
                        .where(COMPLIANCE_HOLIDAYS.ID.eq(id.value()))
                        .execute()
                > 0;
    }

    static ComplianceSettings toSettings(ComplianceSettingsRecord r) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(r.getCallingDays())
                .map(d -> DayOfWeek.valueOf(d.toUpperCase(Locale.ROOT)))
                .forEach(days::add);
        return new ComplianceSettings(
                new CallingWindow(r.getWindowStart(), r.getWindowEnd(), days),
                r.getRequireConsentForAiCalls(),
                new ContactFrequency(
                        Duration.ofHours(r.getHoursAfterConversation()),
                        r.getMaxAttemptsPerDay(),
                        r.getMaxAttemptsPerWeek()));
    }

    private static int hours(ContactFrequency frequency) {
        return Math.toIntExact(frequency.quietAfterConversation().toHours());
    }

    static Holiday toHoliday(ComplianceHolidaysRecord r) {
        return new Holiday(HolidayId.of(r.getId()), r.getHolidayDate(), r.getCountry(), r.getName());
    }

    private static String[] days(Set<DayOfWeek> days) {
        return days.stream()
                .sorted()
                .map(d -> d.name().toLowerCase(Locale.ROOT))
                .toArray(String[]::new);
    }
}
