package io.switchboard.leads;

import java.util.List;

/** A sales pipeline: ordered stages, the last ones terminal (won or lost). */
public record Pipeline(PipelineId id, String name, boolean isDefault, List<Stage> stages) {

    public record Stage(
            StageId id,
            String name,
            int position,
            StageKind kind,
            @org.jspecify.annotations.Nullable Integer probability) {}
}
