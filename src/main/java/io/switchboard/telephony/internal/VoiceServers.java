package io.switchboard.telephony.internal;

import static io.switchboard.db.Tables.VOICE_SERVERS;

import io.switchboard.db.tables.records.VoiceServersRecord;
import io.switchboard.shared.Codes;
import io.switchboard.telephony.VoiceServer;
import io.switchboard.telephony.VoiceServerId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
public class VoiceServers {

    private final DSLContext db;

    VoiceServers(DSLContext db) {
        this.db = db;
    }

    public VoiceServersRecord newRecord() {
        return db.newRecord(VOICE_SERVERS);
    }

    public List<VoiceServer> all() {
        return db.selectFrom(VOICE_SERVERS)
                .orderBy(VOICE_SERVERS.PRIORITY.desc(), VOICE_SERVERS.NAME)
                .fetch(VoiceServers::toServer);
    }

    public List<VoiceServersRecord> active() {
        return db.selectFrom(VOICE_SERVERS).where(VOICE_SERVERS.ACTIVE.isTrue()).fetch();
    }

    public Optional<VoiceServersRecord> findRecord(VoiceServerId id) {
        return db.selectFrom(VOICE_SERVERS)
                .where(VOICE_SERVERS.ID.eq(id.value()))
                .fetchOptional();
    }

    /** The highest-priority active server that passed its last check. */
    public Optional<VoiceServer> best() {
        return db.selectFrom(VOICE_SERVERS)
                .where(VOICE_SERVERS.ACTIVE.isTrue(), VOICE_SERVERS.STATUS.eq("verified"))
                .orderBy(VOICE_SERVERS.PRIORITY.desc(), VOICE_SERVERS.LAST_VERIFIED_AT.desc())
                .limit(1)
                .fetchOptional(VoiceServers::toServer);
    }

    public void recordCheck(VoiceServerId id, String url, boolean ok, @Nullable String error) {
        db.update(VOICE_SERVERS)
                .set(VOICE_SERVERS.STATUS, ok ? "verified" : "failed")
                .set(VOICE_SERVERS.LAST_VERIFIED_AT, OffsetDateTime.now())
                .set(VOICE_SERVERS.LAST_ERROR, error == null ? null : error.substring(0, Math.min(500, error.length())))
                // A URL changed while it was being checked is checked again on the next round.
                .where(VOICE_SERVERS.ID.eq(id.value()), VOICE_SERVERS.URL.eq(url))
                .execute();
    }

    public static VoiceServer toServer(VoiceServersRecord r) {
        return new VoiceServer(
                VoiceServerId.of(r.getId()),
                r.getName(),
                r.getUrl(),
                r.getPriority(),
                r.getActive(),
                Codes.parse(VoiceServer.Status.class, r.getStatus()),
                r.getLastVerifiedAt() == null ? null : r.getLastVerifiedAt().toInstant(),
                r.getLastError(),
                r.getCreatedAt().toInstant());
    }
}
