package io.switchboard.telephony;

import static io.switchboard.db.Tables.VOICE_SERVERS;

import io.switchboard.db.tables.records.VoiceServersRecord;
import io.switchboard.jobs.Job;
import io.switchboard.jobs.Jobs;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.Patches;
import io.switchboard.shared.TenantContext;
import io.switchboard.telephony.internal.VoiceServerProbe;
import io.switchboard.telephony.internal.VoiceServers;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Voice streaming servers (seed 003 websocket_servers). Each active server is checked by a job of its
 * own: soon after it is added (or its address changes), then every {@code voice-server-check}, until
 * it is deactivated or deleted.
 */
@Service
public class VoiceServerRegistry {

    private final VoiceServers servers;
    private final VoiceServerProbe probe;
    private final TransactionTemplate tx;
    private final Jobs jobs;
    private final Job<VoiceServerChecks.Check> checks;
    private final Duration firstCheck;
    private final Clock clock;

    VoiceServerRegistry(
            VoiceServers servers,
            VoiceServerProbe probe,
            TransactionTemplate tx,
            Jobs jobs,
            Job<VoiceServerChecks.Check> checks,
            TelephonyProperties properties,
            Clock clock) {
        this.servers = servers;
        this.probe = probe;
        this.tx = tx;
        this.jobs = jobs;
        this.checks = checks;
        this.firstCheck = properties.voiceServerInitialCheck();
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<VoiceServer> all() {
        return servers.all();
    }

    @Transactional(readOnly = true)
    public VoiceServer get(VoiceServerId id) {
        return servers.findRecord(id).map(VoiceServers::toServer).orElseThrow(() -> new NotFound("voice_server", id));
    }

    @Transactional(readOnly = true)
    public Optional<VoiceServer> best() {
        return servers.best();
    }

    @Transactional
    public VoiceServer create(String name, String url, @Nullable Integer priority) {
        VoiceServersRecord record = servers.newRecord();
        record.setOrganizationId(TenantContext.require().value());
        record.setId(VoiceServerId.generate().value());
        record.setName(name.strip());
        record.setUrl(url.strip());
        record.setPriority(priority == null ? 0 : priority);
        record.setActive(true);
        record.store();
        VoiceServer server = VoiceServers.toServer(record);
        scheduleCheck(server.id());
        return server;
    }

    @Transactional
    public VoiceServer update(VoiceServerId id, VoiceServerChanges changes) {
        VoiceServersRecord record = servers.findRecord(id).orElseThrow(() -> new NotFound("voice_server", id));
        Patches.require(changes.name(), "name", v -> record.setName(v.strip()));
        Patches.require(changes.url(), "url", v -> {
            if (!v.strip().equals(record.getUrl())) {
                record.setUrl(v.strip());
                record.setStatus("pending");
                record.setLastError(null);
            }
        });
        Patches.require(changes.priority(), "priority", record::setPriority);
        Patches.require(changes.active(), "active", record::setActive);
        boolean recheck = record.changed(VOICE_SERVERS.URL) || record.changed(VOICE_SERVERS.ACTIVE);
        record.store();
        VoiceServer server = VoiceServers.toServer(record);
        if (recheck && server.active()) {
            scheduleCheck(server.id());
        }
        return server;
    }

    private void scheduleCheck(VoiceServerId id) {
        jobs.schedule(
                checks,
                id.toString(),
                new VoiceServerChecks.Check(id),
                clock.instant().plus(firstCheck));
    }

    @Transactional
    public void delete(VoiceServerId id) {
        servers.findRecord(id)
                .orElseThrow(() -> new NotFound("voice_server", id))
                .delete();
        jobs.cancel(checks, id.toString());
    }

    /** Checks one server now (the console's "check" button) and returns it with the result. */
    public VoiceServer verify(VoiceServerId id) {
        VoiceServer server = tx.execute(status -> get(id));
        String error = probe.check(server.url());
        tx.executeWithoutResult(status -> servers.recordCheck(id, server.url(), error == null, error));
        return tx.execute(status -> get(id));
    }
}
