package io.switchboard.conversations;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of search results, best first.
 *
 * @param match {@code all} when the results hold every word of the query; {@code any} when nothing
 *     did and the search fell back to results holding some of them
 */
public record SearchResults(List<SearchHit> data, @Nullable String nextCursor, String match) {}
