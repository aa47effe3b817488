package io.switchboard.routing.web;

import io.switchboard.routing.BusinessHours;
import io.switchboard.routing.Queue;
import io.switchboard.routing.QueueId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Each queue's hours (open or closed now) and overflow in words, as the wallboard and queue pages show them. */
final class QueueRules {

    private QueueRules() {}

    /** By queue id; {@code all} must hold the overflow targets too, so they are named. */
    static Map<QueueId, String> of(List<Queue> all, Instant now) {
        Map<QueueId, String> names = all.stream().collect(Collectors.toMap(Queue::id, Queue::name));
        Map<QueueId, String> rules = new LinkedHashMap<>();
        for (Queue q : all) {
            List<String> parts = new ArrayList<>();
            if (q.businessHours() != null) {
                BusinessHours hours = BusinessHours.parse(q.businessHours(), ZoneOffset.UTC);
                parts.add(hours.describe() + (hours.openAt(now) ? ", open" : ", closed now"));
            }
            if (q.overflowQueueId() != null) {
                parts.add("overflow to " + names.getOrDefault(q.overflowQueueId(), "another queue") + " after "
                        + q.overflowAfterSeconds() + " s");
            }
            rules.put(q.id(), parts.isEmpty() ? "always open" : String.join(" · ", parts));
        }
        return rules;
    }
}
