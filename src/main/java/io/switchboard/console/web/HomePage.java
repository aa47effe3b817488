package io.switchboard.console.web;

import io.switchboard.identity.UserManagement;
import io.switchboard.shared.ConsolePage;
import io.switchboard.tenancy.ProjectManagement;
import io.switchboard.tenancy.TeamManagement;
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
    String home(Model model) {
        model.addAttribute("activeUsers", users.countActive());
        model.addAttribute("teamCount", teams.count());
        model.addAttribute("projectCount", projects.count());
        return "console/home";
    }
}
