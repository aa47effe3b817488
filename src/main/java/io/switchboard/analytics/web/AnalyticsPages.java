package io.switchboard.analytics.web;

import io.switchboard.analytics.Analytics;
import io.switchboard.analytics.Breakdown;
import io.switchboard.analytics.DayRange;
import io.switchboard.analytics.Dimension;
import io.switchboard.analytics.Figures;
import io.switchboard.analytics.Overview;
import io.switchboard.analytics.QueueAnalytics;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.Permission;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.NavigationEntry;
import io.switchboard.tenancy.Team;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The analytics dashboard: the organization's figures for admins and managers (today against
 * yesterday, a range with charts, the funnel, speed to lead, credit burn, top campaigns and
 * sources), a person's own figures for everyone else. Every number links to the records it counts.
 */
@Controller
@ConsolePage
class AnalyticsPages {

    private static final int TOP = 5;

    private final Analytics analytics;
    private final QueueAnalytics queues;

    AnalyticsPages(Analytics analytics, QueueAnalytics queues) {
        this.analytics = analytics;
        this.queues = queues;
    }

    @Bean
    static NavigationEntry analyticsNavigation() {
        return new NavigationEntry("Sales", "Analytics", "/analytics", "", 105);
    }

    @GetMapping("/analytics")
    String dashboard(
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to,
            @RequestParam(name = "team_id", required = false) @Nullable UUID teamId,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        LocalDate today = analytics.today();
        DayRange range =
                new DayRange(from != null ? from : (to != null ? to : today).minusDays(29), to != null ? to : today);
        boolean organization = me.has(Permission.ANALYTICS_READ) && teamId == null;
        Function<DayRange, Overview> read = reader(me, teamId, model);
        Overview overview = read.apply(range);
        model.addAttribute("organization", organization);
        model.addAttribute("range", range);
        model.addAttribute("overview", overview);
        model.addAttribute("totals", overview.totals());
        model.addAttribute("money", new MoneyFormat(overview.currency()));
        model.addAttribute("links", console(overview.drill()));
        todayAndYesterday(read, model);
        addCharts(overview, model);
        if (organization) {
            addTops(range, model);
        }
        if (me.has(Permission.ROUTING_READ)) {
            model.addAttribute("queues", queues.on(null));
        }
        return "analytics/dashboard";
    }

    /** The series for the charts, as data attributes (the content security policy allows no inline script). */
    private static void addCharts(Overview overview, Model model) {
        model.addAttribute("chartLabels", join(overview.series(), p -> p.date().toString(), "|"));
        model.addAttribute(
                "chartPlaced", join(overview.series(), p -> p.figures().callsPlaced(), ","));
        model.addAttribute(
                "chartAnswered", join(overview.series(), p -> p.figures().callsAnswered(), ","));
        model.addAttribute(
                "chartLeads", join(overview.series(), p -> p.figures().leadsCreated(), ","));
        model.addAttribute(
                "chartCredits", join(overview.series(), p -> p.figures().creditsSpentMinor(), ","));
    }

    /** The organization's top campaigns, sources, vendors and marketing campaigns of the range. */
    private void addTops(DayRange range, Model model) {
        model.addAttribute("campaigns", top(analytics.breakdown(Dimension.CAMPAIGN, range)));
        model.addAttribute("sources", top(analytics.breakdown(Dimension.SOURCE, range)));
        model.addAttribute("vendors", top(analytics.breakdown(Dimension.VENDOR, range)));
        model.addAttribute("marketing", top(analytics.breakdown(Dimension.MARKETING_CAMPAIGN, range)));
    }

    /** The "Today" tiles alone: an open dashboard reloads them when the day's figures are rolled up. */
    @GetMapping("/analytics/today")
    String todayTiles(
            @RequestParam(name = "team_id", required = false) @Nullable UUID teamId,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        todayAndYesterday(reader(me, teamId, model), model);
        model.addAttribute("money", new MoneyFormat(analytics.currency()));
        return "analytics/dashboard :: today";
    }

    /**
     * Whose figures the page shows: one team's when asked (any team for the organization's readers, a
     * supervisor's own teams only), else the organization's for those who may read them, a
     * supervisor's first team, or the person's own.
     */
    private Function<DayRange, Overview> reader(AuthenticatedUser me, @Nullable UUID teamId, Model model) {
        boolean readsOrganization = me.has(Permission.ANALYTICS_READ);
        List<Team> supervised = readsOrganization ? List.of() : analytics.supervisedTeams(me.id());
        UUID team = teamId != null || readsOrganization || supervised.isEmpty()
                ? teamId
                : supervised.getFirst().id().value();
        model.addAttribute("teams", supervised);
        model.addAttribute("teamId", team);
        if (team != null) {
            return r -> analytics.team(team, r, me.id(), readsOrganization);
        }
        return readsOrganization ? r -> analytics.overview(r, null, null) : r -> analytics.person(me.id(), r);
    }

    private void todayAndYesterday(Function<DayRange, Overview> read, Model model) {
        LocalDate today = analytics.today();
        model.addAttribute("today", read.apply(new DayRange(today, today)));
        model.addAttribute("yesterday", read.apply(new DayRange(today.minusDays(1), today.minusDays(1))));
    }

    /** The console's lists take the API lists' filters: a drill link in the console stays in the console. */
    static Map<String, String> console(Map<String, String> drill) {
        return drill.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().replaceFirst("^/api/v1/", "/")));
    }

    private static List<Row> top(Breakdown breakdown) {
        return breakdown.rows().stream()
                .limit(TOP)
                .map(r -> new Row(r.name() == null ? r.key() : r.name(), r.figures(), console(r.drill())))
                .toList();
    }

    record Row(String name, Figures figures, Map<String, String> links) {}

    private static String join(List<Overview.Point> series, Function<Overview.Point, Object> value, String separator) {
        return series.stream().map(value).map(String::valueOf).collect(Collectors.joining(separator));
    }
}
