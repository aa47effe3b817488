package io.switchboard.leads;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lead settings ({@code switchboard.leads.*}).
 *
 * @param importLanes lanes a committed import's lines are split into (fewer for a small import)
 * @param importBatch staged rows moved into leads per transaction
 * @param importRunners lanes run at once on one node, over all imports: more than one import's
 *     lanes, so that a small import does not wait behind a large one
 * @param importPoll how often a node looks for lanes to run (a committed import starts at once); read
 *     by the worker's schedule through its property name, so this is its one documented default
 */
@ConfigurationProperties("switchboard.leads")
public record LeadsProperties(
        @DefaultValue("2") int importLanes,
        @DefaultValue("20000") int importBatch,
        @DefaultValue("4") int importRunners,
        @DefaultValue("PT1S") Duration importPoll) {}
