package io.switchboard.shared;

/**
 * A page a module adds to the console's navigation. Shown only to callers holding
 * {@code permission} (or to everyone when it is empty).
 */
public record NavigationEntry(String section, String label, String path, String permission, int order) {}
