package io.switchboard.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled {@code auto} (the default) loads the demo only with the embedded database;
 *     {@code true} and {@code false} force it on or off
 */
@ConfigurationProperties("switchboard.demo")
record DemoProperties(
        @DefaultValue("auto") String enabled,
        @DefaultValue("switchboard-demo") String password,
        @DefaultValue("admin@acme.example") String adminEmail,
        @DefaultValue("operator@switchboard.example") String operatorEmail) {}
