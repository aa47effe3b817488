package io.switchboard.conversations.internal.local;

import io.switchboard.conversations.Segment;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides which speaker labels are the agent. Known labels ("agent", "AI", "customer", "caller")
 * decide; when only one side is labelled, every other label is the other side; when speakers carry
 * names only, the one who introduces themselves ("calling from…") is the agent. Failing all that,
 * everyone counts as the customer, so nothing said is ignored.
 */
final class SpeakerRoles {

    private static final Set<String> AGENT_LABELS = Set.of(
            "agent",
            "ai",
            "bot",
            "assistant",
            "ai agent",
            "voice agent",
            "rep",
            "representative",
            "sales",
            "salesperson",
            "operator",
            "advisor",
            "adviser",
            "consultant",
            "associate",
            "realtor",
            "broker",
            "support",
            "staff",
            "agente",
            "asesor",
            "vendedor");
    private static final Set<String> CUSTOMER_LABELS = Set.of(
            "customer",
            "client",
            "lead",
            "prospect",
            "caller",
            "callee",
            "contact",
            "user",
            "buyer",
            "seller",
            "homeowner",
            "tenant",
            "owner",
            "voicemail",
            "machine",
            "answering machine",
            "recipient",
            "human",
            "cliente",
            "comprador");

    private SpeakerRoles() {}

    static Map<String, SpeakerRole> assign(List<Segment> segments, @Nullable PhraseSet introductions) {
        Set<String> labels = new LinkedHashSet<>();
        segments.forEach(s -> labels.add(key(s.speaker())));
        Map<String, SpeakerRole> roles = new HashMap<>();
        for (String label : labels) {
            SpeakerRole known = known(label);
            if (known != null) {
                roles.put(label, known);
            }
        }
        if (roles.isEmpty()) {
            String introducer = introducer(segments, introductions);
            labels.forEach(
                    label -> roles.put(label, label.equals(introducer) ? SpeakerRole.AGENT : SpeakerRole.CUSTOMER));
            return roles;
        }
        SpeakerRole rest = roles.containsValue(SpeakerRole.AGENT) ? SpeakerRole.CUSTOMER : SpeakerRole.AGENT;
        labels.forEach(label -> roles.putIfAbsent(label, rest));
        return roles;
    }

    static String key(String speaker) {
        return TextNormalizer.fold(speaker)
                .strip()
                .replaceAll("[^\\p{L}\\p{N} ]+", "")
                .replaceAll("\\s+", " ");
    }

    private static @Nullable SpeakerRole known(String label) {
        String stripped = label.replaceAll("\\s*\\d+$", "");
        if (AGENT_LABELS.contains(stripped)) {
            return SpeakerRole.AGENT;
        }
        return CUSTOMER_LABELS.contains(stripped) ? SpeakerRole.CUSTOMER : null;
    }

    private static @Nullable String introducer(List<Segment> segments, @Nullable PhraseSet introductions) {
        if (introductions == null) {
            return null;
        }
        for (Segment segment : segments) {
            for (String sentence : TextNormalizer.sentences(segment.text())) {
                if (!introductions
                        .find(Utterance.of(0, SpeakerRole.AGENT, sentence))
                        .isEmpty()) {
                    return key(segment.speaker());
                }
            }
        }
        return null;
    }
}
