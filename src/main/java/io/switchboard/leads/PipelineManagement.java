package io.switchboard.leads;

import io.switchboard.leads.internal.Pipelines;
import io.switchboard.shared.Conflict;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.NotFound;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Pipelines and their ordered stages; every organization has a default one. */
@Service
public class PipelineManagement {

    private final Pipelines pipelines;

    PipelineManagement(Pipelines pipelines) {
        this.pipelines = pipelines;
    }

    @Transactional
    public List<Pipeline> all() {
        pipelines.ensureDefault();
        return pipelines.all();
    }

    @Transactional
    public Pipeline defaultPipeline() {
        return pipelines.ensureDefault();
    }

    @Transactional(readOnly = true)
    public Pipeline get(PipelineId id) {
        return pipelines.find(id).orElseThrow(() -> new NotFound("pipeline", id));
    }

    /** A pipeline needs at least one open stage, then exactly one won and one lost stage at the end. */
    @Transactional
    public Pipeline create(String name, List<NewStage> stages) {
        long won = stages.stream().filter(s -> s.kind() == StageKind.WON).count();
        long lost = stages.stream().filter(s -> s.kind() == StageKind.LOST).count();
        if (stages.stream().noneMatch(s -> s.kind() == StageKind.OPEN) || won != 1 || lost != 1) {
            throw new InvalidInput(
                    "stages", "invalid_stages", "need at least one open stage, one won stage and one lost stage");
        }
        PipelineId id = pipelines.insertPipeline(name);
        for (int i = 0; i < stages.size(); i++) {
            NewStage stage = stages.get(i);
            pipelines.insertStage(id, stage.name(), i, stage.kind(), stage.probability());
        }
        return get(id);
    }

    @Transactional
    public void delete(PipelineId id) {
        Pipeline pipeline = get(id);
        if (pipeline.isDefault() || pipelines.delete(id) == 0) {
            throw new Conflict("default_pipeline", "the default pipeline cannot be deleted");
        }
    }

    public record NewStage(String name, StageKind kind, @org.jspecify.annotations.Nullable Integer probability) {}
}
