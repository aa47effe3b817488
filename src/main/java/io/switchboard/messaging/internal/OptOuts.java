package io.switchboard.messaging.internal;

import static io.switchboard.db.Tables.MESSAGING_OPT_OUTS;

import io.switchboard.messaging.Channel;
import io.switchboard.shared.TenantContext;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Addresses that opted out of a channel (STOP and its kin); START removes the entry. */
@Repository
public class OptOuts {

    private final DSLContext db;

    OptOuts(DSLContext db) {
        this.db = db;
    }

    public boolean isOptedOut(Channel channel, String address) {
        return db.fetchExists(db.selectOne()
                .from(MESSAGING_OPT_OUTS)
                .where(MESSAGING_OPT_OUTS.CHANNEL.eq(channel.toString()))
                .and(MESSAGING_OPT_OUTS.ADDRESS.eq(address)));
    }

    public void optOut(Channel channel, String address, String keyword) {
        db.insertInto(MESSAGING_OPT_OUTS)
                .set(MESSAGING_OPT_OUTS.ORGANIZATION_ID, TenantContext.require().value())
                .set(MESSAGING_OPT_OUTS.CHANNEL, channel.toString())
                .set(MESSAGING_OPT_OUTS.ADDRESS, address)
                .set(MESSAGING_OPT_OUTS.KEYWORD, keyword)
                .onConflictDoNothing()
                .execute();
    }

    public void optIn(Channel channel, String address) {
        db.deleteFrom(MESSAGING_OPT_OUTS)
                .where(MESSAGING_OPT_OUTS.CHANNEL.eq(channel.toString()))
                .and(MESSAGING_OPT_OUTS.ADDRESS.eq(address))
                .execute();
    }
}
