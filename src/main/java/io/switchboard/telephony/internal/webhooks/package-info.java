/**
 * The path of a provider webhook, from the request to the call it moves. Each step has one class:
 *
 * <ol>
 *   <li><b>Receive and verify.</b> {@link io.switchboard.telephony.internal.webhooks.WebhookIngest#receive}
 *       (called by {@code telephony.web.WebhookController} with the raw body and the public URL, after
 *       identity's {@code WebhookRateLimitFilter}) finds the organization (the URL's {@code org}
 *       parameter, else the owner of the called number), checks the provider's signature with that
 *       organization's secret ({@code VoiceProvider.verify}) and parses the events. A forged request
 *       is refused 403 ({@link io.switchboard.telephony.internal.webhooks.WebhookRefused}) and
 *       counted as a security event; a payload the provider's parser refuses is kept as
 *       {@code failed} ("unreadable") and answered 400.
 *   <li><b>Store.</b> {@link io.switchboard.telephony.internal.webhooks.WebhookInbox#store} queues the
 *       events and waits while one writer commits many requests' events together, organization by
 *       organization, into {@code webhook_events} as {@code pending}
 *       ({@link io.switchboard.telephony.internal.webhooks.WebhookEvents#insertPending}). The
 *       provider's event key is unique: a redelivery inserts nothing, so each event is applied once.
 *   <li><b>Acknowledge.</b> Only after that commit does {@code WebhookIngest} return the provider's
 *       answer ({@code VoiceProvider.reply}); events that could not be stored answer 503 with
 *       {@code Retry-After} ({@link io.switchboard.telephony.internal.webhooks.WebhookNotStored}), so
 *       the provider delivers them again.
 *   <li><b>Apply.</b> {@link io.switchboard.telephony.internal.webhooks.WebhookApplier}, woken by the
 *       inbox after a commit and every second (for retries and other nodes' events), claims due
 *       events oldest first (SKIP LOCKED), organization by organization, a batch per transaction.
 *       Each stored payload is read again ({@link io.switchboard.telephony.internal.webhooks.StoredWebhook}),
 *       the calls it names are locked ({@link io.switchboard.telephony.internal.webhooks.CallLocator}),
 *       and {@link io.switchboard.telephony.internal.webhooks.CallProgress} applies the events in
 *       order; a call's status only moves forward, so an event that arrives late fills gaps
 *       without moving it back. What the batch changed is written in a few statements
 *       ({@link io.switchboard.telephony.internal.webhooks.CallWrites}), the events marked
 *       {@code processed}. With one worker (the default) events apply in arrival order; several
 *       workers may apply a call's events out of order, which the forward-only rule tolerates.
 *   <li><b>Retry and dead-letter.</b> When an event of a batch fails, the batch rolls back and its
 *       events are applied one per transaction, so only the failing one is kept {@code pending}
 *       with a readable reason ({@link io.switchboard.telephony.internal.webhooks.ApplyFailure}) and
 *       tried again after 5 s, 10 s, 20 s… (at most 10 minutes); after
 *       {@link io.switchboard.telephony.internal.webhooks.WebhookApplier#MAX_ATTEMPTS} attempts, or at
 *       once when no attempt can succeed, it stays as {@code failed} for an admin
 *       ({@code GET /api/v1/webhook-events}, {@link io.switchboard.telephony.internal.webhooks.WebhookIngest#recent}).
 *   <li><b>Purge.</b> The recurring job {@code telephony.webhook-purge}
 *       ({@code telephony.TelephonyJobs#purge}) deletes processed events older than
 *       {@code switchboard.telephony.webhook-retention} (30 days); within it a redelivery still
 *       finds its key and changes nothing.
 * </ol>
 *
 * <p>{@code CallProgress} also applies the system's own events (a canceled call, an interrupted
 * dispatch, a call the provider never closed), so that every change of a call's status takes the
 * same path.
 */
@NullMarked
package io.switchboard.telephony.internal.webhooks;

import org.jspecify.annotations.NullMarked;
