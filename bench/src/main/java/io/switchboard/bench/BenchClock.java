package io.switchboard.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A clock that runs {@code rate} times faster than real time from the moment it is sped up. It
 * replaces the application's {@code clock} bean in the benchmark only: the dialer, the calling gate
 * and the simulated provider all read it, so a simulated day of calling windows passes in minutes.
 */
final class BenchClock extends Clock {

    static final BenchClock INSTANCE = new BenchClock();

    private volatile long realBase = System.currentTimeMillis();
    private volatile long simBase = realBase;
    private volatile double rate = 1;

    synchronized void speedUp(double factor) {
        long now = System.currentTimeMillis();
        simBase = millis();
        realBase = now;
        rate = factor;
    }

    @Override
    public long millis() {
        return simBase + (long) ((System.currentTimeMillis() - realBase) * rate);
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same sped-up time read in {@code zone}: code that asks for "today" in a zone gets that zone's day. */
    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new Zoned(zone);
    }

    private static final class Zoned extends Clock {

        private final ZoneId zone;

        Zoned(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public long millis() {
            return INSTANCE.millis();
        }

        @Override
        public Instant instant() {
            return INSTANCE.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return INSTANCE.withZone(other);
        }
    }

    /** Swaps the application's clock bean for this one. */
    @Configuration(proxyBeanMethods = false)
    static class Swap {

        @Bean
        static BeanDefinitionRegistryPostProcessor benchClock() {
            return registry -> replace(registry);
        }

        private static void replace(BeanDefinitionRegistry registry) {
            if (registry.containsBeanDefinition("clock")) {
                registry.removeBeanDefinition("clock");
            }
            registry.registerBeanDefinition("clock", new RootBeanDefinition(Clock.class, () -> INSTANCE));
        }
    }
}
