package io.switchboard.shared;

import org.springframework.http.HttpStatus;

/** No valid credentials: sign in (again). */
public class Unauthorized extends Problem {

    public Unauthorized(String code, String detail) {
        super(HttpStatus.UNAUTHORIZED, code, "Unauthorized", detail);
    }
}
