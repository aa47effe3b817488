package io.switchboard.notifications.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

@Configuration
@EnableWebSocket
class RealtimeConfiguration implements WebSocketConfigurer {

    private final RealtimeSocket socket;

    RealtimeConfiguration(RealtimeSocket socket) {
        this.socket = socket;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // Same-origin only (the default): another site cannot open a socket with the user's cookies.
        registry.addHandler(socket, "/realtime", "/api/v1/realtime").addInterceptors(socket);
    }
}
