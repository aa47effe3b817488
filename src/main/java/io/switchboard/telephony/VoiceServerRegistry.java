package io.switchboard.telephony;

import io.switchboard.db.tables.records.VoiceServersRecord;
import io.switchboard.shared.NotFound;
import io.switchboard.shared.OrganizationId;
import io.switchboard.shared.Patches;
import io.switchboard.shared.TenantContext;
import io.switchboard.telephony.internal.VoiceServerProbe;
import io.switchboard.telephony.internal.VoiceServers;
import io.switchboard.tenancy.TenantTransactions;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Voice streaming servers (seed 003 websocket_servers) and the job that checks them. */
@Service
public class VoiceServerRegistry {

    private final VoiceServers servers;
    private final VoiceServerProbe probe;
    private final TenantTransactions tenants;
    private final TransactionTemplate tx;

    VoiceServerRegistry(
            VoiceServers servers, VoiceServerProbe probe, TenantTransactions tenants, TransactionTemplate tx) {
        this.servers = servers;
        this.probe = probe;
        this.tenants = tenants;
        this.tx = tx;
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
        return VoiceServers.toServer(record);
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
        record.store();
        return VoiceServers.toServer(record);
    }

    @Transactional
    public void delete(VoiceServerId id) {
        servers.findRecord(id)
                .orElseThrow(() -> new NotFound("voice_server", id))
                .delete();
    }

    /** Checks one server now (the console's "check" button) and returns it with the result. */
    public VoiceServer verify(VoiceServerId id) {
        VoiceServer server = tx.execute(status -> get(id));
        String error = probe.check(server.url());
        tx.executeWithoutResult(status -> servers.recordCheck(id, server.url(), error == null, error));
        return tx.execute(status -> get(id));
    }

    /** Checks every active server of every organization; the network is never used inside a transaction. */
    @Scheduled(
            fixedDelayString = "${switchboard.telephony.voice-server-check:PT5M}",
            initialDelayString = "${switchboard.telephony.voice-server-initial-check:PT15S}")
    public void verifyAll() {
        List<java.util.UUID> organizations = tx.execute(status -> servers.organizations());
        for (var organization : organizations == null ? List.<java.util.UUID>of() : organizations) {
            OrganizationId org = OrganizationId.of(organization);
            List<VoiceServersRecord> active = tenants.call(org, servers::active);
            for (VoiceServersRecord server : active) {
                String error = probe.check(server.getUrl());
                tenants.run(
                        org,
                        () -> servers.recordCheck(
                                VoiceServerId.of(server.getId()), server.getUrl(), error == null, error));
            }
        }
    }
}
