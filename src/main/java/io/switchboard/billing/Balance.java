package io.switchboard.billing;

/**
 * An organization's credit, in minor units of {@code currency}.
 *
 * @param available what new holds can use: never negative
 * @param held reserved by calls in flight
 */
public record Balance(long available, long held, String currency) {

    public long total() {
        return available + held;
    }
}
