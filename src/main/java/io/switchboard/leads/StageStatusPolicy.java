package io.switchboard.leads;

import java.util.List;
import java.util.Optional;

/**
 * Status and pipeline stage say one thing (docs/leads.md): a won stage is a converted lead, a lost
 * stage a lost one, an open stage an open lead. Whichever of the two a change names drives the
 * other: a stage move sets the status, a status change moves the lead to a stage of its kind.
 */
final class StageStatusPolicy {

    private StageStatusPolicy() {}

    /** The status a lead takes on a stage of this kind; an open stage reopens a closed lead as contacted. */
    static LeadStatus statusOn(StageKind kind, LeadStatus current) {
        return switch (kind) {
            case WON -> LeadStatus.CONVERTED;
            case LOST -> LeadStatus.LOST;
            case OPEN -> closed(current) ? LeadStatus.CONTACTED : current;
        };
    }

    /**
     * The stage a lead with this status belongs on, in its pipeline (stages in order): the current
     * one if its kind fits, else the first won or lost stage, or the last open one (a reopened deal
     * goes back to where deals are closed from). None when the pipeline has no stage of that kind.
     */
    static Optional<Pipeline.Stage> stageFor(LeadStatus status, Pipeline.Stage current, List<Pipeline.Stage> stages) {
        StageKind wanted = kindOf(status);
        if (current.kind() == wanted) {
            return Optional.of(current);
        }
        List<Pipeline.Stage> fitting =
                stages.stream().filter(s -> s.kind() == wanted).toList();
        if (fitting.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(wanted == StageKind.OPEN ? fitting.getLast() : fitting.getFirst());
    }

    static StageKind kindOf(LeadStatus status) {
        return switch (status) {
            case CONVERTED -> StageKind.WON;
            case LOST -> StageKind.LOST;
            default -> StageKind.OPEN;
        };
    }

    private static boolean closed(LeadStatus status) {
        return status == LeadStatus.CONVERTED || status == LeadStatus.LOST;
    }
}
