package io.switchboard.analytics;

import io.switchboard.analytics.internal.RollupReader;
import io.switchboard.billing.Credits;
import io.switchboard.campaigns.CampaignId;
import io.switchboard.campaigns.CampaignManagement;
import io.switchboard.shared.EntityNames;
import io.switchboard.shared.Forbidden;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.Reach;
import io.switchboard.shared.RecordReach;
import io.switchboard.shared.UserId;
import io.switchboard.sources.MarketingCampaigns;
import io.switchboard.sources.Vendor;
import io.switchboard.sources.VendorManagement;
import io.switchboard.tenancy.OrganizationManagement;
import io.switchboard.tenancy.Team;
import io.switchboard.tenancy.TeamId;
import io.switchboard.tenancy.TeamManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the current organization, read from the daily rollups only: an overview (whole
 * organization, one team, one campaign or one person) and breakdowns per dimension.
 */
@Service
public class Analytics {

    private static final Map<Dimension, String> ENTITY_TYPES = Map.of(
            Dimension.USER, "users",
            Dimension.TEAM, "teams",
            Dimension.AI_AGENT, "ai_agents",
            Dimension.CAMPAIGN, "campaigns",
            Dimension.NUMBER, "phone_numbers");

    private static final String BREAKDOWNS =
            "a breakdown is per team, user, ai_agent, campaign, source, vendor, number or marketing_campaign";

    private final RollupReader rollups;
    private final OrganizationManagement organizations;
    private final TeamManagement teams;
    private final CampaignManagement campaigns;
    private final VendorManagement vendors;
    private final MarketingCampaigns marketing;
    private final List<EntityNames> names;
    private final Credits credits;
    private final Clock clock;

    Analytics(
            RollupReader rollups,
            OrganizationManagement organizations,
            TeamManagement teams,
            CampaignManagement campaigns,
            VendorManagement vendors,
            MarketingCampaigns marketing,
            List<EntityNames> names,
            Credits credits,
            Clock clock) {
        this.rollups = rollups;
        this.organizations = organizations;
        this.teams = teams;
        this.campaigns = campaigns;
        this.vendors = vendors;
        this.marketing = marketing;
        this.names = names;
        this.credits = credits;
        this.clock = clock;
    }

    /** The organization's time zone: the one its days are counted in. */
    public ZoneId zone() {
        return ZoneId.of(organizations.current().timezone());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    /**
     * The whole organization's figures, or one team's or one campaign's (not both: rollups are kept
     * per dimension, not per pair). An unknown team or campaign is bad input (400), as another
     * organization's is.
     */
    @Transactional(readOnly = true)
    public Overview overview(DayRange range, @Nullable UUID teamId, @Nullable UUID campaignId) {
        if (teamId != null && campaignId != null) {
            throw new InvalidInput("campaign_id", "one_filter", "filter by a team or by a campaign, not both");
        }
        if (teamId != null) {
            requireTeam(teamId);
            return overview(range, Dimension.TEAM, teamId.toString(), members(teamId));
        }
        if (campaignId != null) {
            requireCampaign(campaignId);
            return overview(range, Dimension.CAMPAIGN, campaignId.toString(), List.of());
        }
        return overview(range, Dimension.ALL, "", List.of());
    }

    /**
     * One team's figures for whoever may read them: the organization's readers ({@code
     * analytics:read}) any team's; a caller whose reach is their teams (a supervisor) those of a team
     * they belong to or manage, and another team is not found to them (404), as a record out of
     * their reach is; anyone else is refused (403).
     */
    @Transactional(readOnly = true)
    public Overview team(UUID teamId, DayRange range, UserId caller, boolean readsOrganization) {
        if (readsOrganization) {
            teams.get(TeamId.of(teamId)); // an unknown team: 404
        } else {
            if (!supervisesTeams()) {
                throw new Forbidden(
                        "team_figures_forbidden", "a team's figures are for its supervisors and the analysts");
            }
            if (!teams.teamsOf(caller.value()).contains(teamId)) {
                throw new NotFound("team", teamId);
            }
        }
        return overview(range, teamId, null);
    }

    /**
     * The teams whose figures the caller reads on their dashboard without {@code analytics:read}:
     * a supervisor's (those they belong to or manage, by name); nobody else's.
     */
    @Transactional(readOnly = true)
    public List<Team> supervisedTeams(UserId caller) {
        if (!supervisesTeams()) {
            return List.of();
        }
        return teams.teamsOf(caller.value()).stream()
                .map(id -> teams.get(TeamId.of(id)))
                .sorted(Comparator.comparing(Team::name))
                .toList();
    }

    private static boolean supervisesTeams() {
        return RecordReach.current().map(r -> r.calls() == Reach.TEAM).orElse(false);
    }

    /** One person's own figures: the calls they placed or took and the leads they own. */
    @Transactional(readOnly = true)
    public Overview person(UserId user, DayRange range) {
        String id = user.value().toString();
        return overview(range, Dimension.USER, id, List.of(id));
    }

    @Transactional(readOnly = true)
    public Breakdown breakdown(Dimension dimension, DayRange range) {
        if (dimension == Dimension.ALL) {
            throw new InvalidInput("dimension", "invalid_dimension", BREAKDOWNS);
        }
        ZoneId zone = zone();
        Map<String, Counts> byKey = rollups.byKey(dimension, range.from(), range.to());
        Map<String, String> named = names(dimension, byKey.keySet());
        List<Breakdown.Row> rows = new ArrayList<>();
        byKey.forEach((key, counts) -> {
            List<String> people =
                    switch (dimension) {
                        case USER -> List.of(key);
                        case TEAM -> members(UUID.fromString(key));
                        default -> List.of();
                    };
            rows.add(new Breakdown.Row(
                    key,
                    named.get(key),
                    Figures.of(counts),
                    DrillLinks.of(dimension, key, people, range.start(zone), range.end(zone))));
        });
        rows.sort(Comparator.comparingLong((Breakdown.Row r) ->
                        -(r.figures().callsPlaced() + r.figures().callsReceived()))
                .thenComparingLong(r -> -r.figures().leadsCreated())
                .thenComparing(Breakdown.Row::key));
        return new Breakdown(range.from(), range.to(), zone.getId(), dimension, rows, currency());
    }

    private Overview overview(DayRange range, Dimension dimension, String key, List<String> people) {
        ZoneId zone = zone();
        Map<LocalDate, Counts> days = rollups.days(dimension, List.of(key), range.from(), range.to());
        Counts total = Counts.ZERO;
        List<Overview.Point> series = new ArrayList<>();
        for (LocalDate day : range.each().toList()) {
            Counts counts = days.getOrDefault(day, Counts.ZERO);
            total = total.plus(counts);
            series.add(new Overview.Point(day, Figures.of(counts)));
        }
        return new Overview(
                range.from(),
                range.to(),
                zone.getId(),
                Figures.of(total),
                series,
                DrillLinks.of(dimension, key, people, range.start(zone), range.end(zone)),
                currency());
    }

    /** The currency amounts are counted in: the organization's credit's (USD unless set otherwise). */
    public String currency() {
        return credits.balance().currency();
    }

    private Map<String, String> names(Dimension dimension, java.util.Set<String> keys) {
        Map<String, String> named = new HashMap<>();
        if (dimension == Dimension.SOURCE) {
            keys.forEach(k -> named.put(k, k.replace('_', ' ')));
        } else if (dimension == Dimension.VENDOR) {
            vendors.all().forEach((Vendor v) -> named.put(v.id().value().toString(), v.name()));
        } else if (dimension == Dimension.MARKETING_CAMPAIGN) {
            marketing.all().forEach(m -> named.put(m.id().value().toString(), m.name()));
        } else {
            String type = ENTITY_TYPES.get(dimension);
            names.stream().filter(n -> n.entityTypes().contains(type)).forEach(n -> n.names(type, keys)
                    .forEach((id, name) -> named.put(id, name.name())));
        }
        return named;
    }

    private List<String> members(UUID team) {
        return teams.members(TeamId.of(team)).stream().map(UUID::toString).toList();
    }

    private void requireTeam(UUID id) {
        try {
            teams.get(TeamId.of(id));
        } catch (NotFound unknown) {
            throw new InvalidInput("team_id", "unknown_team", "no such team in this organization");
        }
    }

    private void requireCampaign(UUID id) {
        try {
            campaigns.get(CampaignId.of(id));
        } catch (NotFound unknown) {
            throw new InvalidInput("campaign_id", "unknown_campaign", "no such campaign in this organization");
        }
    }
}
