package io.switchboard.telephony.provider;

/**
 * A provider refused a request or could not be reached.
 *
 * @param retryable whether asking again later may succeed (timeouts, 5xx, 429), as opposed to a
 *     refusal (invalid number, bad credentials)
 */
public class ProviderException extends RuntimeException {

    private final boolean retryable;
    private final String code;

    public ProviderException(boolean retryable, String code, String message) {
        super(message);
        this.retryable = retryable;
        this.code = code;
    }

    public ProviderException(boolean retryable, String code, String message, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.code = code;
    }

    public static ProviderException unsupported(String message) {
        return new ProviderException(false, "unsupported", message);
    }

    public boolean retryable() {
        return retryable;
    }

    public String code() {
        return code;
    }
}
