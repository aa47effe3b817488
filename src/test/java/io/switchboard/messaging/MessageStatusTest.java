package io.switchboard.messaging;

import static io.switchboard.messaging.MessageStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageStatusTest {

    @Test
    void aLateSentAfterDeliveredChangesNothing() {
        assertThat(DELIVERED.after(SENT)).isEqualTo(DELIVERED);
        assertThat(DELIVERED.accepts(SENT)).isFalse();
        assertThat(READ.after(DELIVERED)).isEqualTo(READ);
    }

    @Test
    void statusesMoveForwardInWhateverOrderTheyArrive() {
        for (List<MessageStatus> order : List.of(
                List.of(SENDING, SENT, DELIVERED),
                List.of(DELIVERED, SENT, SENDING),
                List.of(SENT, DELIVERED, SENT, SENDING, DELIVERED))) {
            MessageStatus status = QUEUED;
            for (MessageStatus reported : order) {
                status = status.after(reported);
            }
            assertThat(status).as(order.toString()).isEqualTo(DELIVERED);
        }
    }

    @Test
    void aFailureIsFinalAndNeverHiddenByALateDelivered() {
        assertThat(SENT.after(UNDELIVERED)).isEqualTo(UNDELIVERED);
        assertThat(UNDELIVERED.after(DELIVERED)).isEqualTo(UNDELIVERED);
        assertThat(FAILED.after(READ)).isEqualTo(FAILED);
        assertThat(QUEUED.after(FAILED)).isEqualTo(FAILED);
    }

    @Test
    void aFailureReportedAfterDeliveryDoesNotUndoIt() {
        assertThat(DELIVERED.after(FAILED)).isEqualTo(DELIVERED);
    }

    @Test
    void onlyAMessageStillInFlightExpires() {
        assertThat(SENT.after(EXPIRED)).isEqualTo(EXPIRED);
        assertThat(QUEUED.after(EXPIRED)).isEqualTo(EXPIRED);
        assertThat(DELIVERED.after(EXPIRED)).isEqualTo(DELIVERED);
        assertThat(FAILED.after(EXPIRED)).isEqualTo(FAILED);
        assertThat(EXPIRED.after(DELIVERED)).isEqualTo(EXPIRED);
    }

    @Test
    void nothingMovesAMessageBackToQueuedOrIntoReceived() {
        assertThat(SENT.accepts(QUEUED)).isFalse();
        assertThat(QUEUED.accepts(RECEIVED)).isFalse();
        assertThat(RECEIVED.accepts(DELIVERED)).isFalse();
    }
}
