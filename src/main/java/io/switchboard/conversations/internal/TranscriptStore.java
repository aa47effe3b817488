package io.switchboard.conversations.internal;

import static io.switchboard.db.Tables.CALL_TRANSCRIPTS;

import io.switchboard.conversations.AnalysisStatus;
import io.switchboard.conversations.CallTranscript;
import io.switchboard.conversations.Segment;
import io.switchboard.db.tables.CallTranscripts;
import io.switchboard.db.tables.records.CallTranscriptsRecord;
import io.switchboard.shared.JsonColumns;
import io.switchboard.telephony.CallId;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.UpdateSetMoreStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/**
 * The {@code call_transcripts} rows of the current organization, which double as the analysis job:
 * a claim moves a due row to {@code processing} with a fresh token and a deadline, after which
 * another worker may take it again.
 */
@Repository
public class TranscriptStore {

    private static final CallTranscripts T = CALL_TRANSCRIPTS;
    private static final TypeReference<List<Segment>> SEGMENTS = new TypeReference<>() {};
    private static final String PROCESSING = AnalysisStatus.PROCESSING.toString();

    /** Every column but the search vector (derived from the text, and large). */
    private static final List<Field<?>> COLUMNS = Arrays.stream(T.fields())
            .filter(f -> !f.getName().equals("search_vector"))
            .toList();

    private final DSLContext db;
    private final JsonColumns json;

    TranscriptStore(DSLContext db, JsonColumns json) {
        this.db = db;
        this.json = json;
    }

    /** A claimed transcript: what to analyse, and the token that proves the claim. */
    public record Claim(
            CallId callId,
            UUID token,
            int attempts,
            @Nullable UUID leadId,
            @Nullable String language,
            List<Segment> segments) {}

    /** Stores a call's transcript unless it already has one; answers whether it was new. */
    public boolean insertIfAbsent(
            UUID organization,
            CallId call,
            @Nullable UUID lead,
            @Nullable UUID agent,
            @Nullable String language,
            List<Segment> segments,
            String text,
            int redactions) {
        return db.insertInto(T)
                        .set(T.ORGANIZATION_ID, organization)
                        .set(T.CALL_ID, call.value())
                        .set(T.LEAD_ID, lead)
                        .set(T.AI_AGENT_ID, agent)
                        .set(T.LANGUAGE, language)
                        .set(T.SEGMENTS, json.write(segments))
                        .set(T.FULL_TEXT, text)
                        .set(T.REDACTIONS, redactions)
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }

    public Optional<CallTranscript> find(CallId call) {
        return db.select(COLUMNS).from(T).where(T.CALL_ID.eq(call.value())).fetchOptional(this::toTranscript);
    }

    /**
     * Claims the call's transcript if it is due: pending and its time has come, or processing with
     * a claim that lapsed (its worker died). Empty when another worker holds it or it is finished.
     */
    public Optional<Claim> claim(CallId call, Duration lease) {
        return db.update(T)
                .set(T.ANALYSIS_STATUS, PROCESSING)
                .set(T.ANALYSIS_ATTEMPTS, T.ANALYSIS_ATTEMPTS.plus(1))
                .set(T.NEXT_ATTEMPT_AT, inDatabaseTime(lease))
                .set(T.CLAIM_TOKEN, DSL.field("gen_random_uuid()", UUID.class))
                .where(T.CALL_ID.eq(call.value()))
                .and(T.ANALYSIS_STATUS.in(AnalysisStatus.PENDING.toString(), PROCESSING))
                .and(T.NEXT_ATTEMPT_AT.le(DSL.currentOffsetDateTime()))
                .returning(T.CALL_ID, T.CLAIM_TOKEN, T.ANALYSIS_ATTEMPTS, T.LEAD_ID, T.LANGUAGE, T.SEGMENTS)
                .fetchOptional(r -> new Claim(
                        CallId.of(r.getCallId()),
                        r.getClaimToken(),
                        r.getAnalysisAttempts(),
                        r.getLeadId(),
                        r.getLanguage(),
                        json.read(r.getSegments(), SEGMENTS)));
    }

    /**
     * When the call's transcript is next due: its retry time while pending, the end of the claim
     * while processing; empty once its analysis completed or failed for good.
     */
    public Optional<Instant> nextAttempt(CallId call) {
        return db.select(T.NEXT_ATTEMPT_AT)
                .from(T)
                .where(T.CALL_ID.eq(call.value()))
                .and(T.ANALYSIS_STATUS.in(AnalysisStatus.PENDING.toString(), PROCESSING))
                .fetchOptional(r -> r.value1().toInstant());
    }

    /** Locks the transcript if {@code token} still holds its claim (a lapsed worker's result is dropped). */
    public boolean lockClaim(CallId call, UUID token) {
        return db.select(T.CALL_ID)
                .from(T)
                .where(T.CALL_ID.eq(call.value()))
                .and(T.CLAIM_TOKEN.eq(token))
                .and(T.ANALYSIS_STATUS.eq(PROCESSING))
                .forUpdate()
                .fetchOptional()
                .isPresent();
    }

    public void completed(CallId call) {
        finish(AnalysisStatus.COMPLETED, DSL.currentOffsetDateTime(), null)
                .set(T.ANALYZED_AT, DSL.currentOffsetDateTime())
                .where(T.CALL_ID.eq(call.value()))
                .execute();
    }

    public void retryIn(CallId call, Duration delay, String error) {
        finish(AnalysisStatus.PENDING, inDatabaseTime(delay), error)
                .where(T.CALL_ID.eq(call.value()))
                .execute();
    }

    public void failed(CallId call, String error) {
        finish(AnalysisStatus.FAILED, DSL.currentOffsetDateTime(), error)
                .where(T.CALL_ID.eq(call.value()))
                .execute();
    }

    /** Claims given back unfinished (the node is stopping): due again at once, the attempt not counted. */
    public void release(List<Claim> claims) {
        db.update(T)
                .set(T.ANALYSIS_STATUS, AnalysisStatus.PENDING.toString())
                .set(T.ANALYSIS_ATTEMPTS, T.ANALYSIS_ATTEMPTS.minus(1))
                .set(T.NEXT_ATTEMPT_AT, DSL.currentOffsetDateTime())
                .setNull(T.CLAIM_TOKEN)
                .where(T.CLAIM_TOKEN.in(claims.stream().map(Claim::token).toList()))
                .and(T.ANALYSIS_STATUS.eq(PROCESSING))
                .execute();
    }

    /** Queues a finished (completed or failed) transcript for a fresh analysis; answers whether it was finished. */
    public boolean requeue(CallId call) {
        return db.update(T)
                        .set(T.ANALYSIS_STATUS, AnalysisStatus.PENDING.toString())
                        .set(T.ANALYSIS_ATTEMPTS, 0)
                        .set(T.NEXT_ATTEMPT_AT, DSL.currentOffsetDateTime())
                        .setNull(T.CLAIM_TOKEN)
                        .setNull(T.LAST_ERROR)
                        .where(T.CALL_ID.eq(call.value()))
                        .and(T.ANALYSIS_STATUS.in(
                                AnalysisStatus.COMPLETED.toString(), AnalysisStatus.FAILED.toString()))
                        .execute()
                == 1;
    }

    private UpdateSetMoreStep<CallTranscriptsRecord> finish(
            AnalysisStatus status, Field<OffsetDateTime> next, @Nullable String error) {
        return db.update(T)
                .set(T.ANALYSIS_STATUS, status.toString())
                .set(T.NEXT_ATTEMPT_AT, next)
                .setNull(T.CLAIM_TOKEN)
                .set(T.LAST_ERROR, error == null ? null : cut(error, 1000));
    }

    private static Field<OffsetDateTime> inDatabaseTime(Duration delay) {
        return DSL.field(
                "now() + make_interval(secs => {0})", OffsetDateTime.class, DSL.val(delay.toMillis() / 1000.0));
    }

    private CallTranscript toTranscript(Record r) {
        AnalysisStatus status = AnalysisStatus.fromCode(r.get(T.ANALYSIS_STATUS));
        return new CallTranscript(
                CallId.of(r.get(T.CALL_ID)),
                r.get(T.LEAD_ID),
                r.get(T.LANGUAGE),
                json.read(r.get(T.SEGMENTS), SEGMENTS),
                r.get(T.FULL_TEXT),
                status,
                r.get(T.ANALYSIS_ATTEMPTS),
                status == AnalysisStatus.PENDING ? r.get(T.NEXT_ATTEMPT_AT).toInstant() : null,
                r.get(T.LAST_ERROR),
                r.get(T.RECEIVED_AT).toInstant(),
                r.get(T.ANALYZED_AT) == null ? null : r.get(T.ANALYZED_AT).toInstant(),
                r.get(T.REDACTIONS));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
