package io.switchboard.conversations.internal;

import static io.switchboard.db.Tables.CALL_ANALYSES;

import io.switchboard.conversations.Analysis;
import io.switchboard.conversations.AnalyzerKind;
import io.switchboard.conversations.AnalyzerRun;
import io.switchboard.conversations.CallAnalysis;
import io.switchboard.conversations.Evidence;
import io.switchboard.conversations.InboxItem;
import io.switchboard.conversations.Objection;
import io.switchboard.conversations.Qualification;
import io.switchboard.conversations.QuestionAnswer;
import io.switchboard.conversations.SentimentLabel;
import io.switchboard.db.tables.CallAnalyses;
import io.switchboard.db.tables.records.CallAnalysesRecord;
import io.switchboard.shared.JsonColumns;
import io.switchboard.telephony.CallId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** The {@code call_analyses} rows of the current organization: one per analysed call. */
@Repository
public class AnalysisStore {

    private static final CallAnalyses A = CALL_ANALYSES;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<Objection>> OBJECTIONS = new TypeReference<>() {};
    private static final TypeReference<List<QuestionAnswer>> ANSWERS = new TypeReference<>() {};
    private static final TypeReference<Map<String, @Nullable String>> FIELDS = new TypeReference<>() {};
    private static final TypeReference<List<Evidence>> EVIDENCE = new TypeReference<>() {};

    private final DSLContext db;
    private final JsonColumns json;

    AnalysisStore(DSLContext db, JsonColumns json) {
        this.db = db;
        this.json = json;
    }

    /** The run number the next analysis of this call gets: 1, or one more than the stored one. */
    public int nextRun(CallId call) {
        Integer run = db.select(A.RUN).from(A).where(A.CALL_ID.eq(call.value())).fetchOne(A.RUN);
        return run == null ? 1 : run + 1;
    }

    /** Stores (or replaces) the call's analysis, unread; what earlier runs led to is kept. */
    public void save(
            UUID organization, CallId call, @Nullable UUID lead, @Nullable UUID owner, int run, Analysis analysis) {
        Map<Field<?>, @Nullable Object> values = values(analysis);
        values.put(A.LEAD_ID, lead);
        values.put(A.OWNER_ID, owner);
        values.put(A.RUN, run);
        values.put(A.IS_READ, false);
        values.put(A.READ_AT, null);
        values.put(A.READ_BY, null);
        values.put(A.ANALYZED_AT, DSL.currentOffsetDateTime());
        db.insertInto(A)
                .set(A.ORGANIZATION_ID, organization)
                .set(A.CALL_ID, call.value())
                .set(values)
                .onConflict(A.ORGANIZATION_ID, A.CALL_ID)
                .doUpdate()
                .set(values)
                .execute();
    }

    public Optional<CallAnalysis> find(CallId call) {
        return db.selectFrom(A).where(A.CALL_ID.eq(call.value())).fetchOptional(this::toCallAnalysis);
    }

    public Optional<CallAnalysesRecord> lock(CallId call) {
        return db.selectFrom(A).where(A.CALL_ID.eq(call.value())).forUpdate().fetchOptional();
    }

    /** Answers whether the call has an analysis to mark. */
    public boolean markRead(CallId call, boolean read, @Nullable UUID actor) {
        return db.update(A)
                        .set(A.IS_READ, read)
                        .set(A.READ_AT, read ? DSL.currentOffsetDateTime() : DSL.inline(null, A.READ_AT))
                        .set(A.READ_BY, read ? actor : null)
                        .where(A.CALL_ID.eq(call.value()))
                        .execute()
                == 1;
    }

    /**
     * A page of analyses, newest call first.
     *
     * @param owner only this user's (null: everyone's)
     */
    public List<InboxItem> inbox(
            @Nullable UUID owner,
            boolean unreadOnly,
            @Nullable Qualification qualification,
            @Nullable UUID before,
            int limit) {
        Condition where = DSL.noCondition();
        if (owner != null) {
            where = where.and(A.OWNER_ID.eq(owner));
        }
        if (unreadOnly) {
            where = where.and(A.IS_READ.isFalse());
        }
        if (qualification != null) {
            where = where.and(A.QUALIFICATION.eq(qualification.toString()));
        }
        if (before != null) {
            where = where.and(A.CALL_ID.lt(before));
        }
        return db.selectFrom(A)
                .where(where)
                .orderBy(A.CALL_ID.desc())
                .limit(limit + 1)
                .fetch(r -> new InboxItem(
                        CallId.of(r.getCallId()),
                        r.getLeadId(),
                        null,
                        r.getOwnerId(),
                        Qualification.fromCode(r.getQualification()),
                        SentimentLabel.fromCode(r.getSentimentLabel()),
                        r.getTotalScore().doubleValue(),
                        r.getSummary(),
                        r.getFollowUpRequired(),
                        r.getDoNotCallRequested(),
                        r.getIsRead(),
                        r.getAnalyzedAt().toInstant()));
    }

    public int unread(@Nullable UUID owner) {
        return db.fetchCount(A, A.IS_READ.isFalse().and(owner == null ? DSL.noCondition() : A.OWNER_ID.eq(owner)));
    }

    public CallAnalysis toCallAnalysis(CallAnalysesRecord r) {
        return new CallAnalysis(
                CallId.of(r.getCallId()),
                r.getLeadId(),
                r.getOwnerId(),
                r.getRun(),
                toAnalysis(r),
                r.getIsRead(),
                r.getReadAt() == null ? null : r.getReadAt().toInstant(),
                r.getAnalyzedAt().toInstant());
    }

    private Analysis toAnalysis(CallAnalysesRecord r) {
        return new Analysis(
                r.getLanguage(),
                r.getConfidence().doubleValue(),
                r.getIntentScore().doubleValue(),
                r.getSentimentScore().doubleValue(),
                SentimentLabel.fromCode(r.getSentimentLabel()),
                Qualification.fromCode(r.getQualification()),
                json.read(r.getKeyTopics(), STRINGS),
                json.read(r.getObjections(), OBJECTIONS),
                json.read(r.getNextSteps(), STRINGS),
                r.getSummary(),
                r.getCallQualityScore() == null ? null : r.getCallQualityScore().doubleValue(),
                r.getFollowUpRequired(),
                r.getTotalScore().doubleValue(),
                r.getDoNotCallRequested(),
                r.getCallbackRequested(),
                r.getCallbackTime(),
                json.read(r.getAnswers(), ANSWERS),
                json.read(r.getExtractedFields(), FIELDS),
                new AnalyzerRun(
                        AnalyzerKind.fromCode(r.getAnalyzer()),
                        r.getAnalyzerVersion(),
                        r.getModel(),
                        r.getPromptTokens(),
                        r.getCompletionTokens(),
                        r.getCostUsd()),
                r.getComplaint(),
                r.getEscalationRequested(),
                json.read(r.getEvidence(), EVIDENCE));
    }

    private Map<Field<?>, @Nullable Object> values(Analysis a) {
        Map<Field<?>, @Nullable Object> values = new LinkedHashMap<>();
        values.put(A.LANGUAGE, cut(a.language(), 35));
        values.put(A.CONFIDENCE, score(a.confidence(), 0, 1, 3));
        values.put(A.INTENT_SCORE, score(a.intentScore(), 0, 1, 3));
        values.put(A.SENTIMENT_SCORE, score(a.sentimentScore(), -1, 1, 3));
        values.put(A.SENTIMENT_LABEL, a.sentimentLabel().toString());
        values.put(A.QUALIFICATION, a.qualification().toString());
        values.put(A.KEY_TOPICS, json.write(a.keyTopics()));
        values.put(A.OBJECTIONS, json.write(a.objections()));
        values.put(A.NEXT_STEPS, json.write(a.nextSteps()));
        values.put(A.SUMMARY, cut(a.summary(), 5000));
        values.put(A.CALL_QUALITY_SCORE, a.callQualityScore() == null ? null : score(a.callQualityScore(), 0, 1, 3));
        values.put(A.FOLLOW_UP_REQUIRED, a.followUpRequired());
        values.put(A.TOTAL_SCORE, score(a.totalScore(), 0, 100, 2));
        values.put(A.DO_NOT_CALL_REQUESTED, a.doNotCallRequested());
        values.put(A.CALLBACK_REQUESTED, a.callbackRequested());
        values.put(A.CALLBACK_TIME, a.callbackTime() == null ? null : cut(a.callbackTime(), 200));
        values.put(A.ANSWERS, json.write(a.answers()));
        values.put(A.EXTRACTED_FIELDS, json.write(a.extractedFields()));
        values.put(A.ANALYZER, a.analyzer().name().toString());
        values.put(A.ANALYZER_VERSION, cut(a.analyzer().version(), 200));
        values.put(
                A.MODEL, a.analyzer().model() == null ? null : cut(a.analyzer().model(), 200));
        values.put(A.PROMPT_TOKENS, Math.max(0, a.analyzer().promptTokens()));
        values.put(A.COMPLETION_TOKENS, Math.max(0, a.analyzer().completionTokens()));
        values.put(A.COMPLAINT, a.complaint());
        values.put(A.ESCALATION_REQUESTED, a.escalationRequested());
        values.put(A.EVIDENCE, json.write(a.evidence()));
        values.put(A.COST_USD, a.analyzer().costUsd().max(BigDecimal.ZERO).setScale(6, RoundingMode.HALF_UP));
        return values;
    }

    private static BigDecimal score(double value, double min, double max, int scale) {
        return BigDecimal.valueOf(Math.max(min, Math.min(max, value))).setScale(scale, RoundingMode.HALF_UP);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
