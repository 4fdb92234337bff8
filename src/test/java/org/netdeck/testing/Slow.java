package org.netdeck.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class or method in the slow lane: run by {@code mvn verify} (Failsafe), not by {@code mvn test}
 * (Surefire). For end-to-end tests that take more than a few seconds on a busy two-core machine and whose
 * subject the fast lane covers more cheaply elsewhere. The lanes are named in {@code pom.xml} ({@code lanes.slow}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
public @interface Slow {}
