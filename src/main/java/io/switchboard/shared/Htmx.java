package io.switchboard.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Console answers that work for htmx requests and plain form posts alike. */
public final class Htmx {

    private Htmx() {}

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    /**
     * Where to go after a change: htmx follows the {@code HX-Redirect} header (a 3xx would be
     * followed inside the XHR and swapped into the page), a plain form the redirect.
     *
     * @return the view name to return from the controller
     */
    public static String redirect(HttpServletRequest request, HttpServletResponse response, String path) {
        if (isHtmx(request)) {
            response.setHeader("HX-Redirect", path);
            return "fragments :: empty";
        }
        return "redirect:" + path;
    }
}
