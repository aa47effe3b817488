package io.switchboard.shared;

import java.io.Console;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Logs for people when a person watches them: plain lines when the output is a terminal (someone
 * ran {@code ./mvnw spring-boot:run} or the jar by hand), JSON (ECS) when it goes to a file, a pipe
 * or a log collector. {@code SWITCHBOARD_LOG_FORMAT} still decides when set. Registered in {@code
 * META-INF/spring.factories}: it must be known before logging starts.
 */
public class TerminalLogFormat implements EnvironmentPostProcessor {

    static final String PROPERTY = "switchboard.terminal-log-format";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (isTerminal(System.console())) {
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource("terminal-log-format", Map.of(PROPERTY, "")));
        }
    }

    /**
     * From Java 22 a console exists even when the output is redirected, and {@code isTerminal()}
     * tells the two apart; Java 21 has no such method but returns no console when redirected.
     */
    static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (boolean) MethodHandles.publicLookup()
                    .findVirtual(Console.class, "isTerminal", MethodType.methodType(boolean.class))
                    .invoke(console);
        } catch (NoSuchMethodException | IllegalAccessException older) {
            return true;
        } catch (Throwable unexpected) {
            return false;
        }
    }
}
