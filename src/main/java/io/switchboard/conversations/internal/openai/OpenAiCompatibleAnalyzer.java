package io.switchboard.conversations.internal.openai;

import io.switchboard.conversations.Analysis;
import io.switchboard.conversations.AnalysisRules;
import io.switchboard.conversations.Analyzer;
import io.switchboard.conversations.AnalyzerKind;
import io.switchboard.conversations.Transcript;
import tools.jackson.databind.json.JsonMapper;

/** An analyzer backed by one organization's OpenAI-compatible chat completions endpoint. */
public final class OpenAiCompatibleAnalyzer implements Analyzer {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OpenAiEndpoint endpoint;
    private final ChatCompletions completions;
    private final int maxTokens;

    public OpenAiCompatibleAnalyzer(OpenAiEndpoint endpoint, ChatCompletions completions, int maxTokens) {
        this.endpoint = endpoint;
        this.completions = completions;
        this.maxTokens = maxTokens;
    }

    @Override
    public AnalyzerKind kind() {
        return AnalyzerKind.OPENAI_COMPATIBLE;
    }

    @Override
    public Analysis analyze(Transcript transcript, AnalysisRules rules) {
        var request = AnalysisPrompt.request(JSON, endpoint.model(), maxTokens, transcript, rules);
        return AnalysisReply.parse(JSON, completions.complete(endpoint, request), rules, endpoint);
    }
}
