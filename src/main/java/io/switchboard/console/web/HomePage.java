package io.switchboard.console.web;

import io.switchboard.identity.AuthenticatedUser;
import io.switchboard.identity.Permission;
import io.switchboard.identity.Role;
import io.switchboard.identity.UserManagement;
import io.switchboard.shared.ConsolePage;
import io.switchboard.tenancy.ProjectManagement;
import io.switchboard.tenancy.TeamManagement;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard a signed-in user lands on. */
@Controller
@ConsolePage
class HomePage {

    private final UserManagement users;
    private final TeamManagement teams;
    private final ProjectManagement projects;

    HomePage(UserManagement users, TeamManagement teams, ProjectManagement projects) {
        this.users = users;
        this.teams = teams;
        this.projects = projects;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal AuthenticatedUser me, Model model) {
        // An agent's home is their desk (module routing): status, offers, work in progress.
        if (me.role() == Role.AGENT && me.permissions().contains(Permission.ROUTING_WORK)) {
            return "redirect:/desk";
        }
        model.addAttribute("activeUsers", users.countActive());
        model.addAttribute("teamCount", teams.count());
        model.addAttribute("projectCount", projects.count());
        return "console/home";
    }
}
