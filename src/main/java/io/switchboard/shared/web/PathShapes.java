package io.switchboard.shared.web;

import java.util.regex.Pattern;

/**
 * A request path's shape: the path with every UUID segment replaced by one placeholder UUID, so that
 * the reads of every lead ({@code /api/v1/leads/<id>}) share one shape. Whatever is worked out per
 * route rather than per request (whether a route exists, which handler mappings can match it) is
 * remembered per shape.
 */
public final class PathShapes {

    private static final Pattern UUID_SEGMENT =
            Pattern.compile("(?<=/)[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?=/|$)");
    private static final String PLACEHOLDER = "00000000-0000-0000-0000-000000000000";

    private PathShapes() {}

    /** The path with each UUID segment replaced by one placeholder UUID. */
    public static String shape(String path) {
        return path.indexOf('-') < 0 ? path : UUID_SEGMENT.matcher(path).replaceAll(PLACEHOLDER);
    }
}
