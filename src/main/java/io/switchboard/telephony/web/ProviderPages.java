package io.switchboard.telephony.web;

import static io.switchboard.telephony.web.SetupForms.blankToNull;

import io.switchboard.shared.ConsolePage;
import io.switchboard.shared.Htmx;
import io.switchboard.shared.NavigationEntry;
import io.switchboard.telephony.ProviderKind;
import io.switchboard.telephony.VoiceProviderAccount;
import io.switchboard.telephony.VoiceProviderChanges;
import io.switchboard.telephony.VoiceProviderSettings;
import io.switchboard.telephony.VoiceServerChanges;
import io.switchboard.telephony.VoiceServerId;
import io.switchboard.telephony.VoiceServerRegistry;
import io.switchboard.telephony.internal.simulated.SimulationSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** Provider accounts (secrets write-only), the simulator's behaviour, and voice streaming servers. */
@Controller
@ConsolePage
class ProviderPages {

    private final VoiceProviderSettings settings;
    private final VoiceServerRegistry servers;
    private final JsonMapper json;

    ProviderPages(VoiceProviderSettings settings, VoiceServerRegistry servers, JsonMapper json) {
        this.settings = settings;
        this.servers = servers;
        this.json = json;
    }

    @Bean
    static NavigationEntry providersNavigation() {
        return new NavigationEntry("Calls", "Providers & servers", "/telephony/providers", "telephony:manage", 130);
    }

    @GetMapping("/telephony/providers")
    @PreAuthorize("hasAuthority('telephony:manage')")
    String page(Model model) {
        List<VoiceProviderAccount> accounts = settings.all();
        Map<ProviderKind, String> configs = new LinkedHashMap<>();
        accounts.forEach(a -> configs.put(a.provider(), SetupForms.pretty(json, a.config())));
        model.addAttribute("accounts", accounts);
        model.addAttribute("configs", configs);
        model.addAttribute("simulation", SimulationSettings.from(simulated().config()));
        model.addAttribute("servers", servers.all());
        return "telephony/providers";
    }

    @PostMapping("/telephony/providers/{provider}")
    @PreAuthorize("hasAuthority('telephony:manage')")
    String update(
            @PathVariable String provider,
            @RequestParam(required = false) @Nullable Boolean enabled,
            @RequestParam(required = false) @Nullable String config,
            @RequestParam(name = "auth_token", required = false) @Nullable String authToken,
            HttpServletRequest request,
            HttpServletResponse response) {
        settings.update(
                VoiceProviderController.kind(provider),
                new VoiceProviderChanges(
                        enabled == null ? null : Optional.of(enabled),
                        config == null
                                ? null
                                : Optional.of(Optional.ofNullable(SetupForms.json(json, "config", config))
                                        .orElse(Map.of())),
                        blankToNull(authToken) == null ? null : Optional.of(authToken.strip()),
                        null));
        return Htmx.redirect(request, response, "/telephony/providers");
    }

    @PostMapping("/telephony/providers/simulated/behaviour")
    @PreAuthorize("hasAuthority('telephony:manage')")
    String simulation(
            @RequestParam(name = "answer_rate") double answer,
            @RequestParam(name = "no_answer_rate") double noAnswer,
            @RequestParam(name = "busy_rate") double busy,
            @RequestParam(name = "voicemail_rate") double voicemail,
            @RequestParam(name = "failure_rate") double failure,
            @RequestParam(name = "transfer_rate") double transfer,
            @RequestParam(name = "duplicate_rate") double duplicate,
            @RequestParam(name = "out_of_order_rate") double outOfOrder,
            @RequestParam(name = "talk_min") int talkMin,
            @RequestParam(name = "talk_max") int talkMax,
            HttpServletRequest request,
            HttpServletResponse response) {
        SimulationSettings current = SimulationSettings.from(simulated().config());
        Map<String, Object> config = new SimulationSettings(
                        answer,
                        noAnswer,
                        busy,
                        voicemail,
                        failure,
                        transfer,
                        duplicate,
                        outOfOrder,
                        current.ringMin(),
                        current.ringMax(),
                        talkMin,
                        talkMax,
                        current.speed(),
                        current.sendWebhooks())
                .toConfig();
        settings.update(ProviderKind.SIMULATED, new VoiceProviderChanges(null, Optional.of(config), null, null));
        return Htmx.redirect(request, response, "/telephony/providers");
    }

    @PostMapping("/telephony/providers/{provider}/webhook-secret")
    @PreAuthorize("hasAuthority('telephony:manage')")
    String rotate(@PathVariable String provider, Model model) {
        model.addAttribute("provider", provider);
        model.addAttribute("secret", settings.rotateWebhookSecret(VoiceProviderController.kind(provider)));
        return "telephony/providers :: secret";
    }

    private VoiceProviderAccount simulated() {
        return settings.all().stream()
                .filter(a -> a.provider() == ProviderKind.SIMULATED)
                .findFirst()
                .orElseThrow();
    }

    @PostMapping("/telephony/voice-servers")
    @PreAuthorize("hasAuthority('telephony:manage')")
    String addServer(
            @RequestParam String name,
            @RequestParam String url,
            @RequestParam(required = false) @Nullable Integer priority,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!url.strip().matches(VoiceServerController.WS_URL)) {
            throw new io.switchboard.shared.InvalidInput("url", "invalid_url", "must be a ws:// or wss:// URL");
        }
        servers.create(name, url, priority);
        return Htmx.redirect(request, response, "/telephony/providers");
    }

    @PostMapping("/telephony/voice-servers/{id}")
    @PreAuthorize("hasAuthority('telephony:manage')")
    String updateServer(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Boolean active,
            @RequestParam(required = false, defaultValue = "false") boolean verify,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (active != null) {
            servers.update(VoiceServerId.of(id), new VoiceServerChanges(null, null, null, Optional.of(active)));
        }
        if (verify) {
            servers.verify(VoiceServerId.of(id));
        }
        return Htmx.redirect(request, response, "/telephony/providers");
    }
}
