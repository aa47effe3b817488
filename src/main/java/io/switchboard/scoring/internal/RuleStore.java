package io.switchboard.scoring.internal;

import static io.switchboard.db.Tables.SCORING_GROUPS;
import static io.switchboard.db.Tables.SCORING_RULES;
import static io.switchboard.db.Tables.SCORING_RULE_VERSIONS;
import static io.switchboard.db.Tables.SCORING_SETTINGS;

import io.switchboard.db.tables.records.ScoringRulesRecord;
import io.switchboard.scoring.RuleCategory;
import io.switchboard.scoring.RuleId;
import io.switchboard.scoring.ScoreGroup;
import io.switchboard.scoring.ScoringRule;
import io.switchboard.scoring.ScoringSettings;
import io.switchboard.shared.Ids;
import io.switchboard.shared.TenantContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Rules with their versions, group caps and temperature bands of the current organization. */
@Repository
public class RuleStore {

    private final DSLContext db;
    private final JsonMapper json;

    RuleStore(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    public List<ScoringRule> rules() {
        return db.selectFrom(SCORING_RULES)
                .where(SCORING_RULES.DELETED_AT.isNull())
                .orderBy(SCORING_RULES.CATEGORY, SCORING_RULES.NAME)
                .fetch(this::toRule);
    }

    /** The rule's current values, locked, if it exists (and is not deleted). */
    public Optional<RuleDraft> lock(RuleId id) {
        return db.selectFrom(SCORING_RULES)
                .where(SCORING_RULES.ID.eq(id.value()), SCORING_RULES.DELETED_AT.isNull())
                .forUpdate()
                .fetchOptional(r -> new RuleDraft(
                        r.getName(),
                        RuleCategory.fromCode(r.getCategory()),
                        json.readTree(r.getCriteria().data()),
                        r.getPoints(),
                        r.getGroupName(),
                        r.getActive(),
                        r.getHalfLifeDays(),
                        r.getVersion()));
    }

    public Optional<ScoringRule> find(RuleId id) {
        return db.selectFrom(SCORING_RULES)
                .where(SCORING_RULES.ID.eq(id.value()), SCORING_RULES.DELETED_AT.isNull())
                .fetchOptional(this::toRule);
    }

    public boolean nameTaken(String name, @Nullable UUID except) {
        return db.fetchExists(
                SCORING_RULES,
                DSL.lower(SCORING_RULES.NAME).eq(name.toLowerCase(java.util.Locale.ROOT)),
                SCORING_RULES.DELETED_AT.isNull(),
                except == null ? DSL.noCondition() : SCORING_RULES.ID.ne(except));
    }

    public ScoringRule insert(RuleDraft draft, @Nullable UUID actor) {
        ScoringRulesRecord r = db.newRecord(SCORING_RULES);
        r.setOrganizationId(TenantContext.require().value());
        r.setId(Ids.next());
        r.setCreatedBy(actor);
        fill(r, draft);
        r.store();
        recordVersion(r, actor);
        return toRule(r);
    }

    /** Saves the rule's new values; a new version is recorded when it scores differently. */
    public ScoringRule update(RuleId id, RuleDraft draft, @Nullable UUID actor) {
        ScoringRulesRecord r = db.selectFrom(SCORING_RULES)
                .where(SCORING_RULES.ID.eq(id.value()))
                .fetchSingle();
        int version = r.getVersion();
        fill(r, draft);
        r.store();
        if (draft.version() != version) {
            recordVersion(r, actor);
        }
        return toRule(r);
    }

    public void delete(RuleId id, java.time.Instant at) {
        db.update(SCORING_RULES)
                .set(SCORING_RULES.DELETED_AT, at.atOffset(java.time.ZoneOffset.UTC))
                .where(SCORING_RULES.ID.eq(id.value()))
                .execute();
    }

    private void fill(ScoringRulesRecord r, RuleDraft draft) {
        r.setName(draft.name());
        r.setCategory(draft.category().toString());
        r.setCriteria(JSONB.valueOf(json.writeValueAsString(draft.criteria())));
        r.setPoints(draft.points());
        r.setGroupName(draft.group());
        r.setActive(draft.active());
        r.setHalfLifeDays(draft.halfLifeDays());
        r.setVersion(draft.version());
    }

    /** Keeps what this version of the rule scores, for components and history that name it. */
    private void recordVersion(ScoringRulesRecord r, @Nullable UUID actor) {
        db.insertInto(SCORING_RULE_VERSIONS)
                .set(SCORING_RULE_VERSIONS.ORGANIZATION_ID, r.getOrganizationId())
                .set(SCORING_RULE_VERSIONS.RULE_ID, r.getId())
                .set(SCORING_RULE_VERSIONS.VERSION, r.getVersion())
                .set(SCORING_RULE_VERSIONS.NAME, r.getName())
                .set(SCORING_RULE_VERSIONS.CATEGORY, r.getCategory())
                .set(SCORING_RULE_VERSIONS.CRITERIA, r.getCriteria())
                .set(SCORING_RULE_VERSIONS.POINTS, r.getPoints())
                .set(SCORING_RULE_VERSIONS.GROUP_NAME, r.getGroupName())
                .set(SCORING_RULE_VERSIONS.ACTIVE, r.getActive())
                .set(SCORING_RULE_VERSIONS.HALF_LIFE_DAYS, r.getHalfLifeDays())
                .set(SCORING_RULE_VERSIONS.CHANGED_BY, actor)
                .execute();
    }

    /** The active rules, parsed, with the caps, the bands and every rule's name (deleted ones too). */
    public RuleBook book() {
        List<RuleSpec> specs = db.selectFrom(SCORING_RULES)
                .where(SCORING_RULES.ACTIVE.isTrue(), SCORING_RULES.DELETED_AT.isNull())
                .orderBy(SCORING_RULES.ID)
                .fetch(r -> new RuleSpec(
                        r.getId(),
                        r.getVersion(),
                        r.getName(),
                        CriteriaParser.parse(json.readTree(r.getCriteria().data())),
                        r.getPoints(),
                        r.getGroupName(),
                        r.getHalfLifeDays()));
        Map<UUID, String> names = new HashMap<>(db.select(SCORING_RULES.ID, SCORING_RULES.NAME)
                .from(SCORING_RULES)
                .fetchMap(SCORING_RULES.ID, SCORING_RULES.NAME));
        return new RuleBook(specs, caps(), bands(), names);
    }

    public Map<String, Integer> caps() {
        Map<String, Integer> caps = new HashMap<>();
        db.selectFrom(SCORING_GROUPS).forEach(g -> caps.put(ScoreMath.key(g.getName()), g.getMaxPoints()));
        return caps;
    }

    public TemperatureBands bands() {
        ScoringSettings s = settings();
        return new TemperatureBands(s.hotMin(), s.warmMin(), s.hysteresis());
    }

    public ScoringSettings settings() {
        return db.selectFrom(SCORING_SETTINGS)
                .fetchOptional(r -> new ScoringSettings(r.getHotMin(), r.getWarmMin(), r.getHysteresis()))
                .orElse(new ScoringSettings(
                        TemperatureBands.DEFAULT.hotMin(),
                        TemperatureBands.DEFAULT.warmMin(),
                        TemperatureBands.DEFAULT.hysteresis()));
    }

    public void saveSettings(ScoringSettings s) {
        db.insertInto(SCORING_SETTINGS)
                .set(SCORING_SETTINGS.ORGANIZATION_ID, TenantContext.require().value())
                .set(SCORING_SETTINGS.HOT_MIN, s.hotMin())
                .set(SCORING_SETTINGS.WARM_MIN, s.warmMin())
                .set(SCORING_SETTINGS.HYSTERESIS, s.hysteresis())
                .onConflict(SCORING_SETTINGS.ORGANIZATION_ID)
                .doUpdate()
                .set(SCORING_SETTINGS.HOT_MIN, s.hotMin())
                .set(SCORING_SETTINGS.WARM_MIN, s.warmMin())
                .set(SCORING_SETTINGS.HYSTERESIS, s.hysteresis())
                .execute();
    }

    public List<ScoreGroup> groups() {
        return db.selectFrom(SCORING_GROUPS)
                .orderBy(SCORING_GROUPS.NAME)
                .fetch(g -> new ScoreGroup(g.getId(), g.getName(), g.getMaxPoints()));
    }

    public Optional<ScoreGroup> group(UUID id) {
        return db.selectFrom(SCORING_GROUPS)
                .where(SCORING_GROUPS.ID.eq(id))
                .fetchOptional(g -> new ScoreGroup(g.getId(), g.getName(), g.getMaxPoints()));
    }

    public boolean groupNameTaken(String name, @Nullable UUID except) {
        return db.fetchExists(
                SCORING_GROUPS,
                DSL.lower(SCORING_GROUPS.NAME).eq(name.toLowerCase(java.util.Locale.ROOT)),
                except == null ? DSL.noCondition() : SCORING_GROUPS.ID.ne(except));
    }

    public ScoreGroup saveGroup(@Nullable UUID id, String name, int maxPoints) {
        UUID key = id == null ? Ids.next() : id;
        db.insertInto(SCORING_GROUPS)
                .set(SCORING_GROUPS.ORGANIZATION_ID, TenantContext.require().value())
                .set(SCORING_GROUPS.ID, key)
                .set(SCORING_GROUPS.NAME, name)
                .set(SCORING_GROUPS.MAX_POINTS, maxPoints)
                .onConflict(SCORING_GROUPS.ORGANIZATION_ID, SCORING_GROUPS.ID)
                .doUpdate()
                .set(SCORING_GROUPS.NAME, name)
                .set(SCORING_GROUPS.MAX_POINTS, maxPoints)
                .execute();
        return new ScoreGroup(key, name, maxPoints);
    }

    public boolean deleteGroup(UUID id) {
        return db.deleteFrom(SCORING_GROUPS).where(SCORING_GROUPS.ID.eq(id)).execute() == 1;
    }

    public ScoringRule toRule(ScoringRulesRecord r) {
        JsonNode criteria = json.readTree(r.getCriteria().data());
        return new ScoringRule(
                RuleId.of(r.getId()),
                r.getName(),
                RuleCategory.fromCode(r.getCategory()),
                criteria,
                CriteriaText.describe(CriteriaParser.parse(criteria)),
                r.getPoints(),
                r.getGroupName(),
                r.getActive(),
                r.getHalfLifeDays(),
                r.getVersion(),
                r.getCreatedAt().toInstant(),
                r.getUpdatedAt().toInstant());
    }
}
