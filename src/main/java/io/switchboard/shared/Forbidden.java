package io.switchboard.shared;

import org.springframework.http.HttpStatus;

/** The caller is known but may not do this. */
public class Forbidden extends Problem {

    public Forbidden(String code, String detail) {
        super(HttpStatus.FORBIDDEN, code, "Forbidden", detail);
    }
}
