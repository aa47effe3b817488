package io.switchboard.messaging.internal;

import io.switchboard.messaging.LeadReplied;
import io.switchboard.scoring.LeadTemperatureChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * The events that raise alerts, heard after their transaction commits and kept in the event
 * registry until the alert is stored: a crash in between delivers the event again, and
 * {@link Alerts} then finds the alert stored. Each runs in the event's organization.
 */
@Component
class AlertListeners {

    private final Alerts alerts;

    AlertListeners(Alerts alerts) {
        this.alerts = alerts;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(LeadTemperatureChanged event) {
        alerts.hot(event);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(LeadReplied event) {
        alerts.replied(event);
    }
}
