package io.switchboard.telephony.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The simulated provider's voice streaming endpoint ({@code /simulator/voice}): it accepts a
 * WebSocket and closes it, so that a voice server registered on it passes its check. No audio, no
 * state, nothing stored.
 */
@Configuration
@EnableWebSocket
class SimulatorVoiceSocket extends TextWebSocketHandler implements WebSocketConfigurer {

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(this, "/simulator/voice").setAllowedOriginPatterns("*");
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws Exception {
        session.close(CloseStatus.NORMAL.withReason("simulated voice stream"));
    }
}
