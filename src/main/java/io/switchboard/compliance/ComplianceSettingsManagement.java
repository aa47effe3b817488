package io.switchboard.compliance;

import io.switchboard.compliance.internal.RulesStore;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organization's calling rules: window, days, consent requirement, holidays. */
@Service
public class ComplianceSettingsManagement {

    private final RulesStore store;

    ComplianceSettingsManagement(RulesStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public ComplianceSettings settings() {
        return store.settings();
    }

    @Transactional
    public ComplianceSettings update(ComplianceSettingsChanges changes) {
        ComplianceSettings current = store.settings();
        CallingWindow window = current.callingWindow();
        LocalTime start = changes.windowStart() == null ? window.start() : minutes(changes.windowStart());
        LocalTime end = changes.windowEnd() == null ? window.end() : minutes(changes.windowEnd());
        CallingWindow changed = new CallingWindow(start, end, changes.days() == null ? window.days() : changes.days());
        boolean consent = changes.requireConsentForAiCalls() == null
                ? current.requireConsentForAiCalls()
                : changes.requireConsentForAiCalls();
        ContactFrequency frequency = current.contactFrequency();
        ContactFrequency newFrequency = new ContactFrequency(
                changes.hoursAfterConversation() == null
                        ? frequency.quietAfterConversation()
                        : Duration.ofHours(changes.hoursAfterConversation()),
                changes.maxAttemptsPerDay() == null ? frequency.maxAttemptsPerDay() : changes.maxAttemptsPerDay(),
                changes.maxAttemptsPerWeek() == null ? frequency.maxAttemptsPerWeek() : changes.maxAttemptsPerWeek());
        return store.save(new ComplianceSettings(changed, consent, newFrequency));
    }

    @Transactional(readOnly = true)
    public List<Holiday> holidays() {
        return store.holidays();
    }

    /**
     * @param country ISO 3166 code to limit the holiday to numbers of that country; null for all
     */
    @Transactional
    public Holiday addHoliday(LocalDate date, @Nullable String country, String name) {
        String cleanName = name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 200) {
            throw new InvalidInput("name", "invalid_length", "must be 1 to 200 characters");
        }
        String code =
                country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        if (code != null && !List.of(Locale.getISOCountries()).contains(code)) {
            throw new InvalidInput("country", "invalid_country", "must be an ISO 3166 country code such as US or IN");
        }
        return store.addHoliday(date, code, cleanName)
                .orElseThrow(() -> new Conflict(
                        "holiday_exists",
                        date + (code == null ? "" : " (" + code + ")") + " is a holiday already",
                        Map.of(
                                "holiday_id",
                                store.findHoliday(date, code).orElseThrow().id().value())));
    }

    @Transactional
    public void removeHoliday(HolidayId id) {
        if (!store.removeHoliday(id)) {
            throw new NotFound("holiday", id);
        }
    }

    /** Windows are kept to the minute: 20:59:59.999 would only surprise. */
    private static LocalTime minutes(LocalTime time) {
        return time.withSecond(0).withNano(0);
    }
}
