package io.switchboard.leads.web;

import io.switchboard.billing.Amounts;
import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.leads.Lead;
import io.switchboard.leads.LeadChanges;
import io.switchboard.leads.LeadId;
import io.switchboard.leads.LeadManagement;
import io.switchboard.leads.LeadMerging;
import io.switchboard.leads.LeadOwnership;
import io.switchboard.leads.LeadStatus;
import io.switchboard.leads.LeadTimeline;
import io.switchboard.leads.NewNote;
import io.switchboard.leads.NewStakeholder;
import io.switchboard.leads.NewTask;
import io.switchboard.leads.NoteManagement;
import io.switchboard.leads.NoteType;
import io.switchboard.leads.StageId;
import io.switchboard.leads.TaskChanges;
import io.switchboard.leads.TaskId;
import io.switchboard.leads.TaskManagement;
import io.switchboard.leads.TaskPriority;
import io.switchboard.leads.TaskStatus;
import io.switchboard.leads.Temperature;
import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.UserId;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** One lead: its details, timeline, notes, tasks, owner and stakeholders, all changed in place. */
@Controller
@ConsolePage
class LeadDetailPages {

    private final LeadManagement leads;
    private final NoteManagement notes;
    private final TaskManagement tasks;
    private final LeadOwnership ownership;
    private final LeadTimeline timeline;
    private final LeadMerging merging;
    private final LeadPages listPages;

    LeadDetailPages(
            LeadManagement leads,
            NoteManagement notes,
            TaskManagement tasks,
            LeadOwnership ownership,
            LeadTimeline timeline,
            LeadMerging merging,
            LeadPages listPages) {
        this.leads = leads;
        this.notes = notes;
        this.tasks = tasks;
        this.ownership = ownership;
        this.timeline = timeline;
        this.merging = merging;
        this.listPages = listPages;
    }

    @GetMapping("/leads/{id}")
    @PreAuthorize("hasAuthority('leads:read')")
    String detail(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me, Model model) {
        LeadId lead = LeadId.of(id);
        Lead shown = leads.get(lead);
        model.addAttribute("lead", shown);
        model.addAttribute("currency", shown.currency() == null ? leads.currency() : shown.currency());
        model.addAttribute(
                "wonValue", shown.valueMinor() == null ? "" : Amounts.plain(shown.valueMinor(), shown.currency()));
        model.addAttribute("mayReassign", LeadOwnership.mayReassign(shown.ownerId()));
        model.addAttribute("stakeholders", leads.stakeholders(lead));
        model.addAttribute("assignments", ownership.history(lead));
        model.addAttribute("timeline", timeline.of(lead, null, 30));
        model.addAttribute("noteTypes", NoteType.values());
        model.addAttribute("priorities", TaskPriority.values());
        addNotes(lead, me, model);
        addTasks(lead, model);
        listPages.addChoices(model);
        return "leads/detail";
    }

    @GetMapping("/leads/{id}/timeline")
    @PreAuthorize("hasAuthority('leads:read')")
    String moreTimeline(@PathVariable UUID id, @RequestParam String cursor, Model model) {
        model.addAttribute("lead", leads.get(LeadId.of(id)));
        model.addAttribute("timeline", timeline.of(LeadId.of(id), cursor, 30));
        return "leads/detail :: timeline-entries";
    }

    @PostMapping("/leads/{id}")
    @PreAuthorize("hasAuthority('leads:write')")
    String update(
            @PathVariable UUID id,
            @RequestParam String name,
            @RequestParam(required = false) @Nullable String phone,
            @RequestParam(required = false) @Nullable String email,
            @RequestParam(required = false) @Nullable String company,
            @RequestParam LeadStatus status,
            @RequestParam Temperature temperature,
            @RequestParam int score,
            @RequestParam(name = "value", required = false) @Nullable String value,
            @RequestParam(required = false) @Nullable String currency,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        String code =
                blank(currency) == null ? leads.currency() : currency.strip().toUpperCase(java.util.Locale.ROOT);
        Optional<Long> won = blank(value) == null ? Optional.empty() : Optional.of(Amounts.parse("value", value, code));
        leads.update(
                LeadId.of(id),
                new LeadChanges(
                        Optional.of(name),
                        Optional.ofNullable(blank(email)),
                        Optional.ofNullable(blank(phone)),
                        null,
                        Optional.ofNullable(blank(company)),
                        null,
                        Optional.of(status),
                        Optional.of(temperature),
                        Optional.of(score),
                        null,
                        null,
                        null,
                        null,
                        won,
                        Optional.of(code)),
                me.id().value());
        return "redirect:/leads/" + id;
    }

    @PostMapping("/leads/{id}/stage")
    @PreAuthorize("hasAuthority('leads:write')")
    ResponseEntity<Void> stage(
            @PathVariable UUID id,
            @RequestParam("stage_id") UUID stage,
            @AuthenticationPrincipal AuthenticatedUser me) {
        leads.update(
                LeadId.of(id), LeadChanges.stage(StageId.of(stage)), me.id().value());
        return ResponseEntity.noContent().header("HX-Trigger", "lead-moved").build();
    }

    @PostMapping("/leads/{id}/notes")
    @PreAuthorize("hasAuthority('leads:write')")
    String addNote(
            @PathVariable UUID id,
            @RequestParam String body,
            @RequestParam(name = "note_type", required = false) @Nullable NoteType type,
            @RequestParam(name = "is_private", required = false, defaultValue = "false") boolean isPrivate,
            @RequestParam(required = false) @Nullable List<UUID> mentions,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        notes.add(
                LeadId.of(id),
                new NewNote(
                        body,
                        type,
                        isPrivate,
                        mentions == null
                                ? null
                                : mentions.stream().map(UserId::of).toList(),
                        null),
                me.id().value());
        addNotes(LeadId.of(id), me, model);
        return "leads/detail :: notes";
    }

    @PostMapping("/leads/{id}/tasks")
    @PreAuthorize("hasAuthority('leads:write')")
    String addTask(
            @PathVariable UUID id,
            @RequestParam String title,
            @RequestParam("due_at") LocalDateTime due,
            @RequestParam(name = "assignee_id", required = false) @Nullable UUID assignee,
            @RequestParam(required = false) @Nullable TaskPriority priority,
            @RequestParam(name = "tz", required = false, defaultValue = "UTC") String tz,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        // The browser sends its own time zone (console.js), so "5 pm" means 5 pm where the user is.
        ZoneId zone = zone(tz);
        tasks.create(
                new NewTask(
                        LeadId.of(id),
                        title,
                        null,
                        assignee == null ? null : UserId.of(assignee),
                        priority,
                        due.atZone(zone).toInstant()),
                me.id().value());
        addTasks(LeadId.of(id), model);
        return "leads/detail :: tasks";
    }

    @PostMapping("/leads/{id}/tasks/{task}/complete")
    @PreAuthorize("hasAuthority('leads:write')")
    String completeTask(
            @PathVariable UUID id,
            @PathVariable UUID task,
            @AuthenticationPrincipal AuthenticatedUser me,
            Model model) {
        tasks.update(
                TaskId.of(task),
                TaskChanges.status(TaskStatus.COMPLETED),
                me.id().value());
        addTasks(LeadId.of(id), model);
        return "leads/detail :: tasks";
    }

    @PostMapping("/leads/{id}/assign")
    @PreAuthorize("hasAuthority('leads:write')")
    String assign(
            @PathVariable UUID id,
            @RequestParam(name = "owner_id", required = false) @Nullable UUID owner,
            @RequestParam(required = false) @Nullable String reason,
            @AuthenticationPrincipal AuthenticatedUser me) {
        ownership.assign(
                LeadId.of(id),
                owner == null ? null : UserId.of(owner),
                blank(reason),
                me.id().value());
        return "redirect:/leads/" + id;
    }

    @PostMapping("/leads/{id}/stakeholders")
    @PreAuthorize("hasAuthority('leads:write')")
    String addStakeholder(
            @PathVariable UUID id,
            @RequestParam String name,
            @RequestParam(required = false) @Nullable String role,
            @RequestParam(required = false) @Nullable String phone,
            @RequestParam(required = false) @Nullable String email,
            @AuthenticationPrincipal AuthenticatedUser me) {
        leads.addStakeholder(
                LeadId.of(id),
                new NewStakeholder(name, blank(role), blank(email), blank(phone), false),
                me.id().value());
        return "redirect:/leads/" + id;
    }

    @PostMapping("/leads/{id}/delete")
    @PreAuthorize("hasAuthority('leads:delete')")
    String delete(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me) {
        leads.delete(LeadId.of(id), me.id().value());
        return "redirect:/leads/" + id;
    }

    @PostMapping("/leads/{id}/restore")
    @PreAuthorize("hasAuthority('leads:delete')")
    String restore(@PathVariable UUID id, @AuthenticationPrincipal AuthenticatedUser me) {
        leads.restore(LeadId.of(id), me.id().value());
        return "redirect:/leads/" + id;
    }

    @PostMapping("/leads/{id}/merge")
    @PreAuthorize("hasAuthority('leads:write')")
    String merge(
            @PathVariable UUID id,
            @RequestParam("duplicate_id") UUID duplicate,
            @AuthenticationPrincipal AuthenticatedUser me) {
        Lead merged = merging.merge(LeadId.of(id), LeadId.of(duplicate), me.id().value());
        return "redirect:/leads/" + merged.id();
    }

    private void addNotes(LeadId lead, AuthenticatedUser me, Model model) {
        model.addAttribute("lead", leads.get(lead));
        model.addAttribute("notes", notes.list(lead, me.id().value()));
        listPages.addChoices(model);
    }

    private void addTasks(LeadId lead, Model model) {
        model.addAttribute("lead", leads.get(lead));
        model.addAttribute(
                "tasks", tasks.list(lead, null, null, null, null, 200).data());
        model.addAttribute("priorities", TaskPriority.values());
        listPages.addChoices(model);
    }

    private static ZoneId zone(String tz) {
        try {
            return ZoneId.of(tz);
        } catch (java.time.DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
