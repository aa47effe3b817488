package io.switchboard.shared.web;

import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.ProblemResponses;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that never reached a controller (no such route, a wrong method, a failure in a filter):
 * problem details for API callers, the console's error page for people.
 */
@Controller
@ConsolePage
class ApiErrorController implements ErrorController {

    private final ProblemResponses problems;

    ApiErrorController(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        int code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer s ? s : 500;
        HttpStatus status =
                HttpStatus.resolve(code) == null ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.valueOf(code);
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String u
                ? u
                : request.getRequestURI();
        if (uri.startsWith("/api/") || wantsJson(request)) {
            var problem = ProblemResponses.of(status, codeFor(status), status.getReasonPhrase(), detailFor(status));
            problems.write(new UriOverride(request, uri), response, problem);
            return null;
        }
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("reason", status.getReasonPhrase());
        model.addAttribute("message", detailFor(status));
        return "error";
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    static String codeFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "route_not_found";
            case METHOD_NOT_ALLOWED -> "method_not_allowed";
            case CONTENT_TOO_LARGE -> "payload_too_large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported_media_type";
            case INTERNAL_SERVER_ERROR -> "internal_error";
            default -> status.name().toLowerCase();
        };
    }

    private static String detailFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "no such page or endpoint";
            case METHOD_NOT_ALLOWED -> "this method is not supported here";
            case INTERNAL_SERVER_ERROR -> "something went wrong on our side; quote the trace_id when reporting it";
            default -> status.getReasonPhrase();
        };
    }

    private static final class UriOverride extends jakarta.servlet.http.HttpServletRequestWrapper {
        private final String uri;

        UriOverride(HttpServletRequest request, String uri) {
            super(request);
            this.uri = uri;
        }

        @Override
        public String getRequestURI() {
            return uri;
        }
    }
}
