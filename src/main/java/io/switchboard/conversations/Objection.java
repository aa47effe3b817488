package io.switchboard.conversations;

/** Something the customer pushed back on, with the sentence that said so. */
public record Objection(ObjectionKind kind, String quote) {}
