package io.switchboard.shared;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** The input breaks a rule: answered 400 with the offending fields. */
public class InvalidInput extends Problem {

    public InvalidInput(String code, String detail) {
        super(HttpStatus.BAD_REQUEST, code, "Invalid input", detail);
    }

    public InvalidInput(String field, String code, String message) {
        super(
                HttpStatus.BAD_REQUEST,
                code,
                "Invalid input",
                field + ": " + message,
                Map.of(),
                List.of(new FieldProblem(field, message)));
    }
}
