package io.switchboard.bench;

/** Smoke check of the benchmark launcher: prints the JDK it runs on. */
public final class JavaVersion {

    private JavaVersion() {}

    public static void main(String[] args) {
        System.out.println("java " + Runtime.version());
    }
}
