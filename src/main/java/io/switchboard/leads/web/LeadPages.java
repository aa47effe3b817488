package io.switchboard.leads.web;

import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.Permission;
import io.switchboard.leads.BulkAction;
import io.switchboard.leads.BulkLeadActions;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadFilter;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadManagement;
import io.switchboard.leads.LeadSource;
import io.switchboard.leads.LeadStatus;
import io.switchboard.leads.NewLead;
import io.switchboard.leads.PipelineManagement;
import io.switchboard.leads.SavedView;
import io.switchboard.leads.SavedViews;
import io.switchboard.leads.Temperature;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.CursorPage;
import io.switchboard.shared.Forbidden;
import io.switchboard.shared.UserId;
import io.switchboard.tenancy.PeopleDirectory;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The lead list: filters, saved views, bulk actions, a quick-add form and the CSV export link. */
@Controller
@ConsolePage
class LeadPages {

    private final LeadManagement leads;
    private final SavedViews views;
    private final BulkLeadActions bulk;
    private final PipelineManagement pipelines;
    private final PeopleDirectory people;

    LeadPages(
            LeadManagement leads,
            SavedViews views,
            BulkLeadActions bulk,
            PipelineManagement pipelines,
            PeopleDirectory people) {
        this.leads = leads;
        this.views = views;
        this.bulk = bulk;
        this.pipelines = pipelines;
        this.people = people;
    }

    @GetMapping("/leads")
    @PreAuthorize("hasAuthority('leads:read')")
    String list(
            @RequestParam MultiValueMap<String, String> params,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        MultiValueMap<String, String> filters = filterParams(params);
        String viewId = params.getFirst("view");
        List<SavedView> saved = views.of(me.id().value());
        LeadFilter filter = LeadFilters.parse(filters);
        if (viewId != null && !viewId.isBlank()) {
            filter = saved.stream()
                    .filter(v -> v.id().toString().equals(viewId))
                    .findFirst()
                    .map(SavedView::filters)
                    .orElse(filter);
        }
        CursorPage<Lead> page = leads.list(filter, LeadFilters.sort(filters), params.getFirst("cursor"), 50);
        model.addAttribute("page", page);
        model.addAttribute("total", leads.count(filter));
        model.addAttribute("filters", filters.toSingleValueMap());
        model.addAttribute(
                "query",
                UriComponentsBuilder.newInstance().queryParams(filters).build().getQuery());
        model.addAttribute("views", saved);
        model.addAttribute("viewId", viewId);
        addChoices(model);
        return "leads/list";
    }

    @PostMapping("/leads")
    @PreAuthorize("hasAuthority('leads:write')")
    String create(
            @RequestParam String name,
            @RequestParam(required = false) @Nullable String phone,
            @RequestParam(required = false) @Nullable String email,
            @RequestParam(required = false) @Nullable String company,
            @RequestParam(required = false) @Nullable Temperature temperature,
            @AuthenticationPrincipal AuthenticatedUser me) {
        Lead lead = leads.create(
                NewLead.named(name)
                        .withContact(email, phone, company)
                        .from(LeadSource.MANUAL, null, null)
                        .withTemperature(temperature),
                me.id().value());
        return "redirect:/leads/" + lead.id();
    }

    @PostMapping("/leads/views")
    @PreAuthorize("hasAuthority('leads:read')")
    String saveView(
            @RequestParam String name,
            @RequestParam MultiValueMap<String, String> params,
            @AuthenticationPrincipal AuthenticatedUser me) {
        MultiValueMap<String, String> filters = filterParams(params);
        filters.remove("name");
        SavedView view = views.save(me.id().value(), name, LeadFilters.parse(filters));
        return "redirect:/leads?view=" + view.id();
    }

    @PostMapping("/leads/bulk")
    @PreAuthorize("hasAuthority('leads:write')")
    String bulk(
            @RequestParam("lead_ids") List<UUID> ids,
            @RequestParam BulkAction.Kind action,
            @RequestParam(name = "owner_id", required = false) @Nullable UUID owner,
            @RequestParam(required = false) @Nullable LeadStatus status,
            @RequestParam(required = false, defaultValue = "") String back,
            @AuthenticationPrincipal AuthenticatedUser me) {
        if (action == BulkAction.Kind.DELETE && !me.has(Permission.LEADS_DELETE)) {
            throw new Forbidden("permission_denied", "deleting leads needs the leads:delete permission");
        }
        bulk.apply(
                new BulkAction(
                        action,
                        ids.stream().map(LeadId::of).toList(),
                        owner == null ? null : UserId.of(owner),
                        status,
                        "bulk action from the lead list"),
                me.id().value());
        return "redirect:/leads" + (back.startsWith("?") ? back : "");
    }

    @GetMapping("/leads/{id}/card")
    @PreAuthorize("hasAuthority('leads:read')")
    String card(@PathVariable UUID id, Model model) {
        model.addAttribute("lead", leads.get(LeadId.of(id)));
        addChoices(model);
        return "leads/pipeline :: card";
    }

    void addChoices(Model model) {
        model.addAttribute("statuses", LeadStatus.values());
        model.addAttribute("temperatures", Temperature.values());
        model.addAttribute("sources", LeadSource.values());
        model.addAttribute(
                "people",
                people.people().stream().filter(PeopleDirectory.Person::active).toList());
        model.addAttribute(
                "names",
                people.people().stream()
                        .collect(Collectors.toMap(
                                PeopleDirectory.Person::id, PeopleDirectory.Person::name, (a, b) -> a)));
        Map<String, String> stages = new java.util.HashMap<>();
        pipelines.all().forEach(p -> p.stages().forEach(s -> stages.put(s.id().toString(), s.name())));
        model.addAttribute("stageNames", stages);
        model.addAttribute("pipelines", pipelines.all());
    }

    /** The filter parameters of a request: everything but paging, the view and form fields. */
    static MultiValueMap<String, String> filterParams(MultiValueMap<String, String> params) {
        MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();
        params.forEach((key, values) -> {
            if ((LeadFilters.KNOWN.contains(key) || key.startsWith("custom."))
                    && !List.of("cursor", "limit", "view").contains(key)) {
                List<String> present =
                        values.stream().filter(v -> v != null && !v.isBlank()).toList();
                if (!present.isEmpty()) {
                    filters.put(key, present);
                }
            }
        });
        return filters;
    }
}
