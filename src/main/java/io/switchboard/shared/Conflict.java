package io.switchboard.shared;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** The request is valid but clashes with the current state (a duplicate, a stale transition…). */
public class Conflict extends Problem {

    public Conflict(String code, String detail) {
        super(HttpStatus.CONFLICT, code, "Conflict", detail);
    }

    public Conflict(String code, String detail, Map<String, Object> properties) {
        super(HttpStatus.CONFLICT, code, "Conflict", detail, properties, List.of());
    }
}
