package org.netdeck.gates;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (vnu), in-process and offline: its schemas ship inside the jar. One checker per
 * kind of file, as {@code vnu --also-check-svg --also-check-css} does; each message comes back as
 * {@code file:line:col: error|warning: text}.
 */
final class NuChecker {

    /** What a file is checked as, and the schema vnu uses for it. */
    enum Kind {
        HTML("http://s.validator.nu/html5-all.rnc"),
        SVG("http://s.validator.nu/svg-xhtml5-rdf-mathml.rnc"),
        CSS("http://s.validator.nu/xhtml5-all.rnc");

        final String schema;

        Kind(String schema) {
            this.schema = schema;
        }

        static Kind of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".html")) {
                return HTML;
            }
            if (name.endsWith(".svg")) {
                return SVG;
            }
            if (name.endsWith(".css")) {
                return CSS;
            }
            throw new IllegalArgumentException("not markup or a stylesheet: " + file);
        }
    }

    private NuChecker() {}

    /** Every error and warning vnu reports for {@code file}; empty when it is valid. */
    static List<String> check(Path file) {
        Kind kind = Kind.of(file);
        Collector messages = new Collector(file);
        try {
            // (no log4j set-up, no external entities, language detection on: it warns about a wrong lang)
            SimpleDocumentValidator v = new SimpleDocumentValidator(false, false, false);
            v.setUpMainSchema(kind.schema, messages);
            v.setUpValidatorAndParsers(messages, false, false);
            switch (kind) {
                case HTML -> v.checkHtmlFile(file.toFile(), true);
                case SVG -> v.checkXmlFile(file.toFile());
                case CSS -> v.checkCssFile(file.toFile(), true);
            }
        } catch (SAXParseException e) {
            messages.add("fatal", e); // reported to the handler too, but keep it if not
        } catch (Exception e) { // setUpMainSchema declares Exception: a schema that will not load, a file that will not
            // read
            throw new AssertionError("vnu could not check " + file + ": " + e, e);
        }
        return messages.list.stream().distinct().toList();
    }

    private static final class Collector implements ErrorHandler {
        private final Path file;
        private final List<String> list = new ArrayList<>();

        Collector(Path file) {
            this.file = file;
        }

        void add(String level, SAXParseException e) {
            list.add(file.getFileName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + level + ": "
                    + e.getMessage());
        }

        @Override
        public void warning(SAXParseException e) {
            add("warning", e);
        }

        @Override
        public void error(SAXParseException e) {
            add("error", e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add("fatal", e);
        }
    }
}
