package io.switchboard.analytics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.switchboard.analytics.QueueAnalytics;
import io.switchboard.analytics.QueueFigures;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Analytics")
class QueueFiguresController {

    private final QueueAnalytics queues;

    QueueFiguresController(QueueAnalytics queues) {
        this.queues = queues;
    }

    @GetMapping("/api/v1/analytics/queues")
    @PreAuthorize("hasAuthority('routing:read')")
    @Operation(
            summary = "Each queue's figures of a day: offered, answered, timed out to the overflow queue, SLA %, "
                    + "waiting now and longest wait",
            description = "date is YYYY-MM-DD in the organization's time zone (default today); waiting_now and "
                    + "longest_wait_seconds are live and only given for today. A date after today answers 400 "
                    + "date_in_future, more than 400 days ago 400 range_too_long. A supervisor sees the queues of "
                    + "their teams and of no team. No list of a queue's work exists, so the figures carry no "
                    + "drill links.")
    QueueFigures queues(@RequestParam(required = false) @Nullable LocalDate date) {
        return queues.on(date);
    }
}
