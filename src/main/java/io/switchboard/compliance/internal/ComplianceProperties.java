package io.switchboard.compliance.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the compliance module ({@code switchboard.compliance.*}).
 *
 * @param maxImportRows the most data rows one do-not-call CSV may have (imports run while the
 *     request waits; split bigger files)
 */
@ConfigurationProperties("switchboard.compliance")
public record ComplianceProperties(@DefaultValue("100000") int maxImportRows) {}
