package io.switchboard.telephony.provider;

import io.switchboard.telephony.ProviderKind;
import java.util.List;

/**
 * A voice provider behind one interface. Providers carry the audio; Switchboard tells them whom to
 * call and learns what happened from their webhooks. An adapter is a Spring bean; it keeps no
 * per-organization state (everything comes in the {@link ProviderAccount}).
 */
public interface VoiceProvider {

    ProviderKind kind();

    /**
     * Asks the provider to place an outbound call. Called once per call: Switchboard never retries
     * a call whose request may have reached the provider, so that nobody is dialled twice.
     *
     * @throws ProviderException when the provider refused or could not be reached
     */
    PlacedCall place(OutboundCall call, ProviderAccount account);

    /** Ends a call in progress. */
    void hangup(String providerCallId, ProviderAccount account);

    /** Hands a call in progress to a human. */
    default void transfer(String providerCallId, TransferTarget target, ProviderAccount account) {
        throw ProviderException.unsupported(kind() + " adapter cannot transfer a call in progress");
    }

    /**
     * Holds a call in progress (a message, then hold music in a loop) until it is transferred or the
     * caller hangs up: the caller waits in a routing queue. Asking twice holds it once.
     */
    default void hold(String providerCallId, String message, ProviderAccount account) {
        throw ProviderException.unsupported(kind() + " adapter cannot hold a call in progress");
    }

    /**
     * Whether the account holds this number (E.164), asked of the provider with the account's own
     * credentials: the proof that settles which organization owns a number.
     *
     * @throws ProviderException when the provider cannot say (unreachable, refused, or no such API)
     */
    default boolean owns(String phoneNumber, ProviderAccount account) {
        throw ProviderException.unsupported(kind() + " cannot prove who owns a number");
    }

    /**
     * Whether the webhook carries the provider's valid signature for this account (the request as
     * received, before any parsing). Must run in constant time over the signature.
     */
    boolean verify(WebhookRequest request, ProviderAccount account);

    /**
     * Reads a verified webhook into events, usually one. Each has a key unique to that delivery's
     * content, so a redelivery has the same key.
     *
     * @throws IllegalArgumentException when the payload is not one this provider sends
     */
    List<ProviderEvent> parse(WebhookRequest request);

    /** What to answer the webhook with (Twilio and Plivo expect XML for call-flow webhooks). */
    default WebhookReply reply(WebhookRequest request, List<ProviderEvent> events) {
        return WebhookReply.EMPTY;
    }

    /**
     * How to fetch one of this provider's recordings (the console plays it through Switchboard):
     * as it is by default; a provider whose recordings need the account's credentials says so.
     */
    default RecordingRequest recording(java.net.URI url, ProviderAccount account) {
        return new RecordingRequest(url, null);
    }
}
