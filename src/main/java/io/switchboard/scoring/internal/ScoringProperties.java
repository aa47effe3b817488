package io.switchboard.scoring.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scoring settings ({@code switchboard.scoring.*}).
 *
 * @param batch leads per transaction of a recompute
 * @param refreshInterval how often an organization whose rules change with time alone (half-lives,
 *     activity windows, ages) is rescored
 * @param trainingDelay a model is trained again this long after a lead was won or lost (outcomes
 *     coming together train it once)
 */
@ConfigurationProperties("switchboard.scoring")
public record ScoringProperties(
        @DefaultValue("2000") int batch,
        @DefaultValue("PT1H") Duration refreshInterval,
        @DefaultValue("PT5M") Duration trainingDelay) {}
