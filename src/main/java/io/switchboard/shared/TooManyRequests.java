package io.switchboard.shared;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** Too many attempts or requests: answered 429 with {@code Retry-After} (seconds). */
public class TooManyRequests extends Problem {

    private final long retryAfterSeconds;

    public TooManyRequests(String code, String detail, long retryAfterSeconds) {
        super(
                HttpStatus.TOO_MANY_REQUESTS,
                code,
                "Too many requests",
                detail,
                Map.of("retry_after", Math.max(1, retryAfterSeconds)),
                List.of());
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }
}
