package io.switchboard.conversations;

import io.switchboard.conversations.internal.AnalysisSettingsStore;
import io.switchboard.conversations.internal.Analyzers;
import io.switchboard.conversations.internal.StoredSettings;
import io.switchboard.shared.InvalidInput;
import io.switchboard.shared.SecretBox;
import io.switchboard.shared.TenantContext;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The module's entry point: analyses a transcript with the current organization's analyzer and
 * rules (storing nothing), and keeps the organization's analysis settings.
 */
@Service
public class ConversationAnalysis {

    private final AnalysisSettingsStore store;
    private final Analyzers analyzers;
    private final SecretBox secrets;
    private final TransactionTemplate readOnly;

    ConversationAnalysis(
            AnalysisSettingsStore store, Analyzers analyzers, SecretBox secrets, PlatformTransactionManager tx) {
        this.store = store;
        this.analyzers = analyzers;
        this.secrets = secrets;
        this.readOnly = new TransactionTemplate(tx);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Reads a transcript with the organization's analyzer. The settings are read in a short
     * transaction of their own; the analysis (possibly a slow HTTP call) runs outside any.
     *
     * @throws InvalidInput when the transcript is empty or over the {@link Transcript} limits
     * @throws AnalysisFailed when the analyzer could not produce an analysis
     */
    public Analysis analyze(Transcript transcript) {
        check(transcript);
        UUID organization = TenantContext.require().value();
        StoredSettings settings = Objects.requireNonNull(readOnly.execute(status -> stored()));
        return analyzers
                .forSettings(settings, organization)
                .analyze(transcript, settings.view().rules());
    }

    @Transactional(readOnly = true)
    public AnalysisSettings settings() {
        return stored().view();
    }

    @Transactional
    public AnalysisSettings updateSettings(AnalysisSettingsChanges changes) {
        UUID organization = TenantContext.require().value();
        StoredSettings updated = new SettingsDraft(stored())
                .apply(changes, organization, secrets)
                .finish();
        store.save(organization, updated);
        return updated.view();
    }

    private static void check(Transcript transcript) {
        List<Segment> segments = transcript.segments();
        if (segments.isEmpty() || segments.stream().allMatch(s -> s.text().isBlank())) {
            throw new InvalidInput("segments", "transcript_empty", "must hold at least one segment with text");
        }
        if (segments.size() > Transcript.MAX_SEGMENTS) {
            throw new InvalidInput(
                    "segments", "transcript_too_long", "must hold at most " + Transcript.MAX_SEGMENTS + " segments");
        }
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).text().length() > Transcript.MAX_SEGMENT_CHARS) {
                throw new InvalidInput(
                        "segments[" + i + "].text",
                        "transcript_too_long",
                        "must be at most " + Transcript.MAX_SEGMENT_CHARS + " characters");
            }
        }
        if (transcript.totalChars() > Transcript.MAX_TOTAL_CHARS) {
            throw new InvalidInput(
                    "segments",
                    "transcript_too_long",
                    "must hold at most " + Transcript.MAX_TOTAL_CHARS + " characters");
        }
    }

    private StoredSettings stored() {
        return store.find().orElse(StoredSettings.DEFAULT);
    }
}
