package org.netdeck.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that drives Chromium: it gets the run's {@link BrowserSession} ({@link BrowserExtension}) and is in
 * the browser lane, run by {@code mvn verify} (Failsafe), never by {@code mvn test}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(Browser.TAG)
@ExtendWith(BrowserExtension.class)
@interface Browser {
    /** The lane's JUnit tag, one of {@code lanes.slow} in {@code pom.xml}. */
    String TAG = "browser";
}
