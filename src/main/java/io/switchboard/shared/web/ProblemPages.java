package io.switchboard.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.ModelAndView;

/** A problem for a person in the console: an error page, or for an htmx request a fragment. */
final class ProblemPages {

    private ProblemPages() {}

    static ModelAndView page(ProblemDetail problem, HttpServletRequest request) {
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        ModelAndView page = new ModelAndView(htmx ? "fragments :: problem" : "error");
        if (htmx
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getResponse() != null) {
            // An htmx action that failed shows the problem in the page's message area; a form
            // takes it over to show it in place (console.js).
            attributes.getResponse().setHeader("HX-Retarget", "#flash");
            attributes.getResponse().setHeader("HX-Reswap", "innerHTML");
        }
        page.setStatus(HttpStatus.valueOf(problem.getStatus()));
        page.addObject("status", problem.getStatus());
        page.addObject("reason", problem.getTitle());
        page.addObject("message", problem.getDetail());
        // The field paths let a console form put each message next to its field.
        page.addObject(
                "errors",
                problem.getProperties() != null && problem.getProperties().get("errors") instanceof List<?> errors
                        ? errors
                        : List.of());
        return page;
    }
}
