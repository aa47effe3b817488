package io.switchboard.shared.web;

import io.switchboard.shared.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Lets any console form submit through htmx (so a refusal shows next to its fields, see
 * console.js) while its controller still answers a plain {@code redirect:}: for an htmx request the
 * redirect becomes {@code HX-Redirect}, which htmx follows as a page load. A 3xx would instead be
 * followed inside the request and the whole next page swapped into the form.
 */
class HtmxRedirects implements HandlerInterceptor {

    private static final String PREFIX = "redirect:";

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable ModelAndView answer) {
        if (answer == null || !Htmx.isHtmx(request)) {
            return;
        }
        String target = null;
        if (answer.getViewName() != null && answer.getViewName().startsWith(PREFIX)) {
            target = answer.getViewName().substring(PREFIX.length());
        } else if (answer.getView() instanceof RedirectView redirect && redirect.getUrl() != null) {
            target = redirect.getUrl();
        }
        if (target != null) {
            response.setHeader("HX-Redirect", target);
            answer.clear();
            answer.setViewName("fragments :: empty");
        }
    }
}
