package io.switchboard.conversations;

import io.switchboard.shared.Problem;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** The call has a transcript but no analysis yet (or its analysis failed): 404 with the status. */
public class AnalysisNotReady extends Problem {

    public AnalysisNotReady(CallTranscript transcript) {
        super(
                HttpStatus.NOT_FOUND,
                "analysis_not_ready",
                "Analysis not ready",
                switch (transcript.analysisStatus()) {
                    case FAILED -> "the analysis of this call failed: " + transcript.lastError();
                    default -> "the analysis of this call is " + transcript.analysisStatus();
                },
                Map.of("analysis_status", transcript.analysisStatus().toString()),
                List.of());
    }
}
