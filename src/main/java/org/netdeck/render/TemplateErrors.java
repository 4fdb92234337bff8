package org.netdeck.render;

import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.SourcePosition;

/** Turns Freemarker's exceptions into {@code templates/<file>:line:col: error: ...} build failures. */
final class TemplateErrors {

    private TemplateErrors() {}

    /** A syntax error found while parsing a template. */
    static BuildFailure of(Path origin, ParseException e) {
        SourcePosition where = position(origin, e.getTemplateName(), e.getLineNumber(), e.getColumnNumber());
        return new BuildFailure(
                where,
                firstParagraph(e.getEditorMessage())
                        + "; fix the template syntax (an unclosed or misspelled ${...} or <#...>)");
    }

    /** An error while rendering: a missing value, a wrong type, a failing directive. */
    static BuildFailure of(Path origin, TemplateException e) {
        SourcePosition where = position(origin, e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber());
        if (e.getCause() instanceof ParseException parse) {
            return of(origin, parse); // an included or imported template that does not parse
        }
        String message = e instanceof InvalidReferenceException && e.getBlamedExpressionString() != null
                ? "`" + e.getBlamedExpressionString() + "` is missing or null; check the name against the "
                        + "data model (docs/reference.md#templates-and-theming), or use `x!` / `x??` for optional values"
                : firstParagraph(e.getMessageWithoutStackTop()) + "; check the template against the data model "
                        + "(docs/reference.md#templates-and-theming)";
        return new BuildFailure(where, message);
    }

    private static SourcePosition position(Path origin, String template, Integer line, Integer column) {
        Path file = template == null ? origin : origin.resolve(template);
        return new SourcePosition(file, line == null ? 0 : Math.max(0, line), column == null ? 0 : Math.max(0, column));
    }

    /** Freemarker's message up to its first blank line or tip, on one line, without its own location. */
    private static String firstParagraph(String message) {
        String text = message == null ? "template error" : message;
        String paragraph = Arrays.stream(text.split("\\R"))
                .takeWhile(l -> !l.isBlank() && !l.startsWith("----"))
                .map(String::strip)
                .collect(Collectors.joining(" "));
        // drop "[in template "x" at line 3, column 5]": the position is printed in front already
        return paragraph
                .replaceAll("\\s*\\[in template [^\\]]*\\]", "")
                .replaceAll("\\s*The name was interpreted by this TemplateLoader:.*$", "")
                .replaceAll("[.\\s]+$", "");
    }
}
