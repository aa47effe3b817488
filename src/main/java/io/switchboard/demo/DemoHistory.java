package io.switchboard.demo;

import io.switchboard.identity.User;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadChanges;
import io.switchboard.leads.LeadManagement;
import io.switchboard.leads.LeadSource;
import io.switchboard.leads.NewLead;
import io.switchboard.leads.PastLeads;
import io.switchboard.shared.UserId;
import io.switchboard.sources.MarketingCampaign;
import io.switchboard.sources.MarketingCampaigns;
import io.switchboard.telephony.AiAgent;
import io.switchboard.telephony.SimulatedCalls;
import io.switchboard.tenancy.OrganizationManagement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The floor's last month, so the dashboards have history on first start: leads that arrived on each
 * of the last {@value #DAYS} days (more on weekdays), most called by Ava minutes or hours later, some
 * called again, a few won. The leads and calls are real records dated in the past, so every figure on
 * the dashboards drills down to them and a rebuild of the analytics gives the same numbers.
 * Deterministic: every first start draws the same month.
 */
@Component
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    static final int DAYS = 30;

    private static final String[] FIRST = {
        "Abigail",
        "Brandon",
        "Camila",
        "Derek",
        "Elena",
        "Felix",
        "Gabriela",
        "Hugo",
        "Ines",
        "Jamal",
        "Keira",
        "Lorenzo",
        "Maya",
        "Nathan",
        "Olga",
        "Pedro",
        "Quinn",
        "Rosa",
        "Samir",
        "Tessa"
    };
    private static final String[] LAST = {
        "Adams",
        "Baker",
        "Castillo",
        "Dunn",
        "Ellis",
        "Flores",
        "Garner",
        "Hayes",
        "Ibarra",
        "Jensen",
        "Kowalski",
        "Lindqvist",
        "Moreno",
        "Nakamura",
        "Owens",
        "Patel",
        "Reyes",
        "Sato",
        "Tran"
    };
    // Texas area codes the demo's other leads do not use, so no history lead looks like a duplicate.
    private static final String[] AREAS = {
        "254", "325", "361", "409", "430", "432", "806", "830", "903", "915", "936", "940", "956", "979"
    };
    private static final LeadSource[] SOURCES = {
        LeadSource.WEBSITE, LeadSource.WEBSITE, LeadSource.WEBSITE, LeadSource.WEBSITE, LeadSource.REFERRAL,
        LeadSource.REFERRAL, LeadSource.CSV_UPLOAD, LeadSource.API, LeadSource.API, LeadSource.MANUAL
    };
    /** The simulator's scripted conversations, weighted as a month of first calls turns out. */
    private static final Map<String, Integer> FIRST_CALL = Map.of(
            "hot-buyer-financing", 12,
            "hot-ready-to-sign", 6,
            "warm-send-information", 18,
            "warm-callback-later", 16,
            "price-objection", 12,
            "cold-not-interested", 22,
            "spanish-interested", 6,
            "wrong-number", 4,
            "angry-caller", 2,
            "hindi-callback", 2);

    private static final Map<String, Integer> FOLLOW_UP =
            Map.of("hot-ready-to-sign", 4, "warm-send-information", 3, "cold-not-interested", 3);

    private final LeadManagement leads;
    private final PastLeads pastLeads;
    private final SimulatedCalls calls;
    private final OrganizationManagement organizations;
    private final MarketingCampaigns marketing;
    private final DemoMessaging messaging;

    DemoHistory(
            LeadManagement leads,
            PastLeads pastLeads,
            SimulatedCalls calls,
            OrganizationManagement organizations,
            MarketingCampaigns marketing,
            DemoMessaging messaging) {
        this.leads = leads;
        this.pastLeads = pastLeads;
        this.calls = calls;
        this.organizations = organizations;
        this.marketing = marketing;
        this.messaging = messaging;
    }

    /**
     * Must run in the demo organization's tenant context; ends by turning on the first contact with
     * new leads. Stops between two leads when {@code stopping} says so (the application stops): a month half-written is only a shorter history.
     */
    void create(User admin, List<User> agents, AiAgent ava, BooleanSupplier stopping) {
        ZoneId zone = ZoneId.of(organizations.current().timezone());
        LocalDate today = LocalDate.now(zone);
        // The vendor's campaign brings some of the month's leads and is paid for day by day.
        Month month = new Month(
                admin,
                agents,
                ava,
                zone,
                marketing.all().stream()
                        .filter(c -> c.vendorId() != null && c.startsOn() != null)
                        .findFirst()
                        .orElse(null),
                new Random(2026));
        int created = 0;
        int called = 0;
        for (int daysAgo = DAYS; daysAgo >= 1; daysAgo--) {
            LocalDate day = today.minusDays(daysAgo);
            int arrivals = day.getDayOfWeek().getValue() >= 6
                    ? 1 + month.random().nextInt(2)
                    : 3 + month.random().nextInt(4);
            for (int i = 0; i < arrivals && !stopping.getAsBoolean(); i++, created++) {
                called += arrive(month, day, created);
            }
        }
        log.info("Demo: {} leads and {} calls over the last {} days", created, called, DAYS);
        closeTheMonth(month, today, stopping);
    }

    /**
     * The paid campaign's spend; then, unless stopping, the first contact with leads arriving from now
     * on (only now: the month's leads arrived long ago and get none).
     */
    private void closeTheMonth(Month month, LocalDate today, BooleanSupplier stopping) {
        if (month.paid() != null) {
            spend(month.paid(), today, month.random());
        }
        if (!stopping.getAsBoolean()) {
            messaging.firstContact(month.admin());
        }
    }

    /** What the month is drawn from: who works it, the paid campaign (if any) and the dice. */
    private record Month(
            User admin, List<User> agents, AiAgent ava, ZoneId zone, @Nullable MarketingCampaign paid, Random random) {}

    /** The {@code index}th lead of the month arrives on {@code day}; answers how many calls it got. */
    private int arrive(Month month, LocalDate day, int index) {
        Random random = month.random();
        // Forms arrive from 08:00 to 18:00 on the office's clock.
        Instant arrived = day.atTime(LocalTime.of(8, 0))
                .plusMinutes(random.nextInt(600))
                .atZone(month.zone())
                .toInstant();
        @Nullable
        UserId owner = random.nextInt(10) < 6
                ? month.agents().get(index % month.agents().size()).id()
                : null;
        MarketingCampaign paid = month.paid();
        boolean fromCampaign = paid != null && !day.isBefore(paid.startsOn()) && random.nextInt(4) == 0;
        Lead lead = pastLeads.create(
                person(index, owner, random, fromCampaign ? paid : null),
                month.admin().id().value(),
                arrived);
        return random.nextInt(100) < 85 ? calls(lead, month.ava(), arrived, random) : 0;
    }

    /** What the campaign cost each day since it started, as the ad platform would report it. */
    private void spend(MarketingCampaign campaign, LocalDate today, Random random) {
        for (LocalDate day = campaign.startsOn(); day.isBefore(today); day = day.plusDays(1)) {
            marketing.setDailySpend(campaign.id(), day, 9_000L + random.nextInt(8_000));
        }
    }

    /** The first call, minutes or hours after the lead arrived, and for some a second one days later. */
    private int calls(Lead lead, AiAgent ava, Instant arrived, Random random) {
        int talk = 60 + random.nextInt(240);
        Instant firstEnd = arrived.plus(speedToLead(random)).plusSeconds(talk + 8L);
        String first = pick(FIRST_CALL, random);
        DeadlockRetry.run(() -> calls.recordPast(lead.id().value(), ava.id(), first, talk, firstEnd));
        int placed = 1;
        if (first.startsWith("warm") && random.nextBoolean()) {
            Instant secondEnd = firstEnd.plus(Duration.ofDays(1 + random.nextInt(3)));
            if (secondEnd.isBefore(Instant.now().minus(Duration.ofHours(1)))) {
                String second = pick(FOLLOW_UP, random);
                int secondTalk = 90 + random.nextInt(300);
                DeadlockRetry.run(() -> calls.recordPast(lead.id().value(), ava.id(), second, secondTalk, secondEnd));
                placed++;
                if (second.equals("hot-ready-to-sign")) {
                    leads.update(lead.id(), LeadChanges.won(commission(random)), null);
                }
            }
        } else if (first.equals("hot-ready-to-sign") && random.nextBoolean()) {
            leads.update(lead.id(), LeadChanges.won(commission(random)), null);
        }
        return placed;
    }

    /** A won deal's worth to the agency: a commission of 6,000 to 15,000 dollars, in cents. */
    private static long commission(Random random) {
        return (6_000L + random.nextInt(9_001)) * 100;
    }

    /** Most leads are called within minutes (Ava calls new leads at once); some wait for hours. */
    private static Duration speedToLead(Random random) {
        int draw = random.nextInt(100);
        if (draw < 55) {
            return Duration.ofSeconds(45 + random.nextInt(200));
        }
        if (draw < 80) {
            return Duration.ofMinutes(5 + random.nextInt(25));
        }
        return Duration.ofMinutes(60 + random.nextInt(240));
    }

    private static NewLead person(
            int index, @Nullable UserId owner, Random random, @Nullable MarketingCampaign campaign) {
        String first = FIRST[index % FIRST.length];
        String last = LAST[(index / FIRST.length + index) % LAST.length];
        String phone = "(%s) 555-01%02d".formatted(AREAS[index % AREAS.length], index / AREAS.length % 100);
        String email = (first + "." + last + "@example.net").toLowerCase(Locale.ROOT);
        return new NewLead(
                first + " " + last,
                email,
                phone,
                "America/Chicago",
                null,
                null,
                campaign != null ? LeadSource.VENDOR : SOURCES[random.nextInt(SOURCES.length)],
                null,
                null,
                null,
                null,
                null,
                owner,
                null,
                campaign == null ? null : campaign.vendorId().value(),
                campaign == null ? null : campaign.id().value(),
                Map.of(),
                null,
                true);
    }

    private static String pick(Map<String, Integer> weights, Random random) {
        // Map.of has no fixed order: walk the keys sorted so every start draws the same month.
        List<String> keys = weights.keySet().stream().sorted().toList();
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int draw = random.nextInt(total);
        for (String key : keys) {
            draw -= weights.get(key);
            if (draw < 0) {
                return key;
            }
        }
        throw new IllegalStateException("weights sum to " + total);
    }
}
