package io.switchboard.shared;

import org.springframework.http.HttpStatus;

/** The record does not exist, or belongs to another organization: both answer the same 404. */
public class NotFound extends Problem {

    public NotFound(String entity, Object id) {
        super(HttpStatus.NOT_FOUND, "not_found", "Not found", entity + " " + id + " was not found");
    }
}
