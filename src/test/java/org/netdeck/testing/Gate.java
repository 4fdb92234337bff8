package org.netdeck.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A quality gate over whole built sites (Nu Html Checker, links, fuzzed input, reproducibility): in the slow lane,
 * run by {@code mvn verify} (Failsafe), not by {@code mvn test} (Surefire).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("gate")
public @interface Gate {}
