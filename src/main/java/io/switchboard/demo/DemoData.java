package io.switchboard.demo;

import io.switchboard.identity.Accounts;
import io.switchboard.identity.ApiKeys;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.ClientInfo;
import io.switchboard.identity.CustomRoles;
import io.switchboard.identity.InviteUser;
import io.switchboard.identity.Permission;
import io.switchboard.identity.Role;
import io.switchboard.identity.RoleReach;
import io.switchboard.identity.SignUp;
import io.switchboard.identity.SignedUp;
import io.switchboard.identity.User;
import io.switchboard.identity.UserManagement;
import io.switchboard.shared.Money;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.Reach;
import io.switchboard.shared.TenantContext;
import io.switchboard.telephony.AiAgent;
import io.switchboard.tenancy.NewProject;
import io.switchboard.tenancy.NewTeam;
import io.switchboard.tenancy.ProjectId;
import io.switchboard.tenancy.ProjectManagement;
import io.switchboard.tenancy.ProjectStatus;
import io.switchboard.tenancy.Team;
import io.switchboard.tenancy.TeamManagement;
import io.switchboard.tenancy.TeamType;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Loads "Acme Realty" once, then prints where to sign in on every start. It runs on a thread of its
 * own once the application is ready: on a first start the demo (accounts with Argon2 hashes, leads,
 * calls) takes seconds that the application need not wait for; {@link DemoStatus} says when it is in.
 */
@Component
// Stopped before the in-flight work is awaited: the demo's own events are among what is awaited.
@DependsOn("inFlightWorkAtStop")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    // Nodes of one JVM (the tests start a second one) share the embedded database: one loads the
    // demo while the others wait, then find it there.
    private static final Object LOADING = new Object();
    // How long a stop waits for a load under way: stopped half-way, the demo would stay half-loaded
    // (the next start finds its admin and loads nothing more). Within the embedded server's grace at
    // the JVM's exit (EmbeddedPostgresServer), which would otherwise pull the database away first,
    // and short enough that a stop still ends within 30 s (a load takes a few seconds).
    private static final Duration FINISH_ON_STOP = Duration.ofSeconds(20);
    static final String ORGANIZATION = "Acme Realty";

    private final Accounts accounts;
    private final UserManagement users;
    private final TeamManagement teams;
    private final ProjectManagement projects;
    private final DemoLeads demoLeads;
    private final DemoTeamPool demoTeamPool;
    private final DemoTelephony demoTelephony;
    private final DemoCompliance demoCompliance;
    private final DemoBilling demoBilling;
    private final DemoCampaigns demoCampaigns;
    private final DemoScoring demoScoring;
    private final DemoRouting demoRouting;
    private final DemoHistory demoHistory;
    private final DemoWelcome welcome;
    private final ApiKeys apiKeys;
    private final CustomRoles customRoles;
    private final DemoProperties properties;
    private final Environment environment;
    private final DemoStatus status;
    private volatile @Nullable Thread loader;
    private volatile boolean stopping;

    DemoData(
            Accounts accounts,
            UserManagement users,
            TeamManagement teams,
            ProjectManagement projects,
            DemoLeads demoLeads,
            DemoTeamPool demoTeamPool,
            DemoTelephony demoTelephony,
            DemoCompliance demoCompliance,
            DemoBilling demoBilling,
            DemoCampaigns demoCampaigns,
            DemoScoring demoScoring,
            DemoRouting demoRouting,
            DemoHistory demoHistory,
            DemoWelcome welcome,
            ApiKeys apiKeys,
            CustomRoles customRoles,
            DemoProperties properties,
            Environment environment,
            DemoStatus status) {
        this.apiKeys = apiKeys;
        this.customRoles = customRoles;
        this.accounts = accounts;
        this.users = users;
        this.teams = teams;
        this.projects = projects;
        this.demoLeads = demoLeads;
        this.demoTeamPool = demoTeamPool;
        this.demoTelephony = demoTelephony;
        this.demoCompliance = demoCompliance;
        this.demoBilling = demoBilling;
        this.demoCampaigns = demoCampaigns;
        this.demoScoring = demoScoring;
        this.demoRouting = demoRouting;
        this.demoHistory = demoHistory;
        this.welcome = welcome;
        this.properties = properties;
        this.environment = environment;
        this.status = status;
    }

    boolean enabled() {
        return switch (properties.enabled()) {
            case "true" -> true;
            case "false" -> false;
            default -> environment.getProperty("switchboard.db.url", "").isBlank();
        };
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void loadInBackground() {
        if (!enabled()) {
            status.done();
            return;
        }
        loader = Thread.ofPlatform().name("demo-loader").start(() -> {
            try {
                load();
                status.done();
            } catch (RuntimeException e) {
                log.error("The demo organization {} could not be loaded", ORGANIZATION, e);
                status.failed(e);
            }
        });
    }

    /** Runs before the database pools close (this bean depends on them). */
    @PreDestroy
    void finishLoading() throws InterruptedException {
        Thread running = loader;
        stopping = true; // the month of history stops between two leads
        if (running != null && running.isAlive()) {
            log.info("Stopping once the demo organization is loaded");
            running.join(FINISH_ON_STOP);
        }
    }

    void load() {
        synchronized (LOADING) {
            accounts.ensurePlatformOperator(
                    "Switchboard Platform", "Pat Operator", properties.operatorEmail(), properties.password());
            if (!accounts.isRegistered(properties.adminEmail())) {
                log.info("Loading the demo organization {}; the sign-in details follow when it is in", ORGANIZATION);
                Runnable history = create();
                // Signing in need not wait for last month's records: they take longer than the rest.
                welcome.print();
                history.run();
                return;
            }
        }
        welcome.print();
    }

    /** Acme's office is in Chicago: its people see times there until they pick a zone of their own. */
    private SignUp acmeSignUp() {
        return new SignUp(
                ORGANIZATION, "Alex Admin", properties.adminEmail(), properties.password(), "America/Chicago", false);
    }

    /** Answers what loads the month of history, to run once the rest is in. */
    private Runnable create() {
        // Not self-service: Acme keeps its own credit and agents, without a new organization's starter kit.
        SignedUp acme = accounts.signUp(acmeSignUp(), ClientInfo.unknown());
        OrganizationId organization = acme.organization().id();
        User admin = acme.user();
        AuthenticatedUser actor = actor(acme);
        Map<String, User> people = new LinkedHashMap<>();
        AiAgent ava = TenantContext.callAs(organization, () -> {
            people.put("manager", join(actor, "manager@acme.example", "Morgan Manager", Role.MANAGER));
            people.put("supervisor", join(actor, "supervisor@acme.example", "Sam Supervisor", Role.SUPERVISOR));
            people.put("agent1", join(actor, "agent1@acme.example", "Avery Agent", Role.AGENT));
            people.put("agent2", join(actor, "agent2@acme.example", "Blake Agent", Role.AGENT));
            people.put("agent3", join(actor, "agent3@acme.example", "Casey Agent", Role.AGENT));

            ProjectId lakeside = teamsAndProject(people, admin);
            // Rules first: each lead is then scored once, against all of them, keeping the score it was given.
            demoScoring.create(admin);
            List<User> agents = List.of(people.get("agent1"), people.get("agent2"), people.get("agent3"));
            var leads = demoLeads.create(admin, agents, people.get("supervisor"));
            demoTeamPool.create(lakeside, admin);
            demoCompliance.create(admin, leads);
            demoBilling.create();
            securityExamples(actor, people);
            AiAgent agent = demoTelephony.create(admin);
            demoCampaigns.create(admin);
            demoRouting.create(agents, leads);
            return agent;
        });
        List<User> agents = List.of(people.get("agent1"), people.get("agent2"), people.get("agent3"));
        return () -> TenantContext.runAs(organization, () -> demoHistory.create(admin, agents, ava, () -> stopping));
    }

    private static AuthenticatedUser actor(SignedUp acme) {
        User admin = acme.user();
        OrganizationId organization = acme.organization().id();
        return new AuthenticatedUser(
                admin.id(),
                organization,
                organization,
                admin.email(),
                admin.name(),
                Role.ADMIN,
                Role.ADMIN.permissions(),
                acme.tokens().sessionId());
    }

    /** Sales Floor (the supervisor and two agents) and Client Care (one agent), and Sales Floor's project. */
    private ProjectId teamsAndProject(Map<String, User> people, User admin) {
        Team sales = team(
                "Sales Floor",
                people.get("manager"),
                2_500_000L,
                "Outbound buyers and sellers: AI first touch, humans close.");
        Team care = team("Client Care", people.get("supervisor"), 800_000L, "Inbound calls, follow-ups and referrals.");
        teams.addMember(sales.id(), people.get("supervisor").id().value());
        teams.addMember(sales.id(), people.get("agent1").id().value());
        teams.addMember(sales.id(), people.get("agent2").id().value());
        teams.addMember(care.id(), people.get("agent3").id().value());
        return projects.create(
                        new NewProject(
                                "Lakeside Condos Launch",
                                "Pre-sales for the 48 Lakeside units: open-house invitations and qualification calls.",
                                ProjectStatus.ACTIVE,
                                sales.id(),
                                LocalDate.now().minusDays(14),
                                LocalDate.now().plusDays(75)),
                        admin.id().value())
                .id();
    }

    private Team team(String name, User manager, long budgetMinor, String description) {
        return teams.create(new NewTeam(
                name,
                TeamType.TEAM,
                null,
                manager.id().value(),
                new Money(budgetMinor, "USD"),
                "Austin, TX",
                description));
    }

    /** What a newcomer finds under Security: a custom role in use and an integration's API key. */
    private void securityExamples(AuthenticatedUser admin, Map<String, User> people) {
        var reviewer = customRoles.create(
                "Quality reviewer",
                "Listens to calls and reads leads; changes nothing.",
                EnumSet.of(Permission.CALLS_READ, Permission.LEADS_READ, Permission.USERS_READ, Permission.TEAMS_READ),
                new RoleReach(Reach.TEAM, Reach.TEAM, Reach.OWN),
                admin);
        customRoles.assign(people.get("agent3").id(), reviewer.id(), admin);
        apiKeys.create(
                "CRM sync",
                List.of(Permission.LEADS_READ.code(), Permission.LEADS_WRITE.code(), Permission.USERS_READ.code()),
                Instant.now().plus(365, ChronoUnit.DAYS),
                admin);
    }

    private User join(AuthenticatedUser actor, String email, String name, Role role) {
        var invitation = users.inviteWithoutMail(new InviteUser(email, name, role, null), actor);
        accounts.acceptInvitation(invitation.token(), properties.password(), null);
        return invitation.user();
    }
}
