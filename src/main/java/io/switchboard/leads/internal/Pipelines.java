package io.switchboard.leads.internal;

import static io.switchboard.db.Tables.PIPELINES;
import static io.switchboard.db.Tables.PIPELINE_STAGES;

import io.switchboard.db.tables.records.PipelineStagesRecord;
import io.switchboard.leads.Pipeline;
import io.switchboard.leads.PipelineId;
import io.switchboard.leads.StageId;
import io.switchboard.leads.StageKind;
import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
public class Pipelines {

    /** Every organization starts with this pipeline, created the first time one is needed. */
    static final List<StageTemplate> DEFAULT_STAGES = List.of(
            new StageTemplate("New", StageKind.OPEN, 10),
            new StageTemplate("Contacted", StageKind.OPEN, 20),
            new StageTemplate("Qualified", StageKind.OPEN, 40),
            new StageTemplate("Proposal", StageKind.OPEN, 60),
            new StageTemplate("Negotiation", StageKind.OPEN, 80),
            new StageTemplate("Won", StageKind.WON, 100),
            new StageTemplate("Lost", StageKind.LOST, 0));

    private final DSLContext db;

    Pipelines(DSLContext db) {
        this.db = db;
    }

    public List<Pipeline> all() {
        Map<UUID, List<Pipeline.Stage>> stages =
                db.selectFrom(PIPELINE_STAGES).orderBy(PIPELINE_STAGES.POSITION).fetch().stream()
                        .collect(Collectors.groupingBy(
                                PipelineStagesRecord::getPipelineId,
                                Collectors.mapping(Pipelines::toStage, Collectors.toList())));
        return db.selectFrom(PIPELINES)
                .orderBy(PIPELINES.IS_DEFAULT.desc(), PIPELINES.NAME)
                .fetch(p -> new Pipeline(
                        PipelineId.of(p.getId()),
                        p.getName(),
                        p.getIsDefault(),
                        stages.getOrDefault(p.getId(), List.of())));
    }

    public Optional<Pipeline> find(PipelineId id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The default pipeline, created with the standard stages if the organization has none yet. */
    public Pipeline ensureDefault() {
        UUID id = Ids.next();
        int inserted = db.insertInto(PIPELINES)
                .set(PIPELINES.ORGANIZATION_ID, TenantContext.require().value())
                .set(PIPELINES.ID, id)
                .set(PIPELINES.NAME, "Sales pipeline")
                .set(PIPELINES.IS_DEFAULT, true)
                .onConflictDoNothing()
                .execute();
        if (inserted == 1) {
            for (int i = 0; i < DEFAULT_STAGES.size(); i++) {
                StageTemplate t = DEFAULT_STAGES.get(i);
                insertStage(PipelineId.of(id), t.name(), i, t.kind(), t.probability());
            }
        }
        return all().stream().filter(Pipeline::isDefault).findFirst().orElseThrow();
    }

    public PipelineId insertPipeline(String name) {
        UUID id = Ids.next();
        db.insertInto(PIPELINES)
                .set(PIPELINES.ORGANIZATION_ID, TenantContext.require().value())
                .set(PIPELINES.ID, id)
                .set(PIPELINES.NAME, name.strip())
                .execute();
        return PipelineId.of(id);
    }

    public StageId insertStage(PipelineId pipeline, String name, int position, StageKind kind, Integer probability) {
        UUID id = Ids.next();
        db.insertInto(PIPELINE_STAGES)
                .set(PIPELINE_STAGES.ORGANIZATION_ID, TenantContext.require().value())
                .set(PIPELINE_STAGES.ID, id)
                .set(PIPELINE_STAGES.PIPELINE_ID, pipeline.value())
                .set(PIPELINE_STAGES.NAME, name.strip())
                .set(PIPELINE_STAGES.POSITION, position)
                .set(PIPELINE_STAGES.KIND, kind.toString())
                .set(PIPELINE_STAGES.PROBABILITY, probability == null ? null : probability.shortValue())
                .execute();
        return StageId.of(id);
    }

    public Optional<StageRow> stage(StageId id) {
        return db.selectFrom(PIPELINE_STAGES)
                .where(PIPELINE_STAGES.ID.eq(id.value()))
                .fetchOptional(r -> new StageRow(PipelineId.of(r.getPipelineId()), toStage(r)));
    }

    public int delete(PipelineId id) {
        return db.deleteFrom(PIPELINES)
                .where(PIPELINES.ID.eq(id.value()))
                .and(PIPELINES.IS_DEFAULT.isFalse())
                .execute();
    }

    private static Pipeline.Stage toStage(PipelineStagesRecord r) {
        return new Pipeline.Stage(
                StageId.of(r.getId()),
                r.getName(),
                r.getPosition(),
                StageKind.fromCode(r.getKind()),
                r.getProbability() == null ? null : r.getProbability().intValue());
    }

    public record StageRow(PipelineId pipelineId, Pipeline.Stage stage) {}

    public record StageTemplate(String name, StageKind kind, Integer probability) {}
}
