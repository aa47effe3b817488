package io.switchboard.conversations;

import io.switchboard.shared.Problem;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * The analyzer could not produce an analysis. Answered 502 (504 for a timeout) with a stable code;
 * the analysis pipeline retries when {@link #retryable()}.
 */
public class AnalysisFailed extends Problem {

    /** Why, with its problem code and whether a later attempt may succeed. */
    public enum Reason {
        TIMEOUT("analyzer_timeout", HttpStatus.GATEWAY_TIMEOUT, true),
        UNAVAILABLE("analyzer_unavailable", HttpStatus.BAD_GATEWAY, true),
        BAD_RESPONSE("analyzer_bad_response", HttpStatus.BAD_GATEWAY, true),
        REJECTED("analyzer_rejected", HttpStatus.BAD_GATEWAY, false),
        NOT_CONFIGURED("analyzer_not_configured", HttpStatus.CONFLICT, false);

        private final String code;
        private final HttpStatus status;
        private final boolean retryable;

        Reason(String code, HttpStatus status, boolean retryable) {
            this.code = code;
            this.status = status;
            this.retryable = retryable;
        }
    }

    private final Reason reason;

    public AnalysisFailed(Reason reason, String detail) {
        super(reason.status, reason.code, "Analysis failed", detail, Map.of("retryable", reason.retryable), List.of());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public boolean retryable() {
        return reason.retryable;
    }
}
