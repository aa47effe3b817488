package io.switchboard.leads;

import io.switchboard.db.tables.records.LeadsRecord;
import io.switchboard.leads.internal.Pipelines;
import io.switchboard.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where a lead sits in its pipeline, kept in step with its status: a stage's kind sets the status,
 * a status change moves the lead to a stage of that kind (StageStatusPolicy says which).
 */
@Component
class LeadPlacement {

    private final Pipelines pipelines;

    LeadPlacement(Pipelines pipelines) {
        this.pipelines = pipelines;
    }

    /**
     * Puts a lead on a stage, whose kind then sets the status; without one, on the default pipeline's
     * stage that fits its status (StageStatusPolicy).
     */
    void place(LeadsRecord record, @Nullable StageId stageId) {
        if (stageId == null) {
            Pipeline pipeline = pipelines.ensureDefault();
            record.setPipelineId(pipeline.id().value());
            record.setStageId(pipeline.stages().getFirst().id().value());
            followStatus(record);
            return;
        }
        Pipelines.StageRow stage = pipelines
                .stage(stageId)
                .orElseThrow(() -> new InvalidInput("stage_id", "invalid_reference", "no such pipeline stage"));
        record.setPipelineId(stage.pipelineId().value());
        record.setStageId(stageId.value());
        LeadStatus status = LeadStatus.fromCode(record.getStatus());
        record.setStatus(
                StageStatusPolicy.statusOn(stage.stage().kind(), status).toString());
    }

    /** A status change moves the lead to a stage of its kind in its pipeline (when it has one). */
    void followStatus(LeadsRecord record) {
        pipelines.find(PipelineId.of(record.getPipelineId())).ifPresent(p -> p.stages().stream()
                .filter(s -> s.id().value().equals(record.getStageId()))
                .findFirst()
                .flatMap(current ->
                        StageStatusPolicy.stageFor(LeadStatus.fromCode(record.getStatus()), current, p.stages()))
                .ifPresent(stage -> record.setStageId(stage.id().value())));
    }
}
