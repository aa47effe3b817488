package io.switchboard.identity;

/**
 * A started 2FA enrolment: the secret for manual entry, the otpauth URI and the same as a QR code
 * (a PNG data: URI). It takes effect once a code from the authenticator app confirms it.
 */
public record Enrolment(String secret, String otpauthUri, String qrCode) {}
