package org.netdeck.browser;

import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives browser tests the one {@link BrowserSession} of the run: started on first use, kept in the root
 * store (so every test class shares it), closed when the run ends. Without Chromium each browser test is
 * skipped, except on CI ({@code CI=true}), where a missing browser fails them. Used through {@link Browser}, which also
 * puts the class in the browser lane; a test given a browser without that tag fails, so {@code mvn test} never starts
 * Chromium.
 */
final class BrowserExtension implements BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!context.getTags().contains(Browser.TAG)) {
            throw new IllegalStateException(context.getRequiredTestClass().getSimpleName()
                    + " drives Chromium without the browser tag: annotate it @Browser, so it runs in mvn verify only");
        }
        boolean present =
                Files.isExecutable(BrowserSession.CHROMIUM) && Files.isExecutable(BrowserSession.CHROMEDRIVER);
        String missing = "browser tests need " + BrowserSession.CHROMIUM + " and " + BrowserSession.CHROMEDRIVER
                + " (Debian: apt-get install chromium chromium-driver)";
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(missing + "; on CI (CI=true) a missing browser fails the run");
        }
        Assumptions.assumeTrue(present, missing + "; skipped");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == BrowserSession.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(BrowserSession.class, k -> BrowserSession.start(), BrowserSession.class);
    }
}
