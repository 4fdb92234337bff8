package org.netdeck.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;
import org.netdeck.problem.SourcePosition;

/**
 * A theme's scripts kept in parts: the folder {@code js/NAME/} holds the parts of the published
 * {@code assets/NAME.js} and {@code js/NAME/parts.txt} lists them, one file name a line, in the order they are joined
 * ({@code #} starts a comment). The parts are joined in that order inside one strict-mode function scope, so a part
 * sees the names the parts before it declare and the page sees none: one classic script that works from
 * {@code file://}, byte for byte the same at every build.
 *
 * <p>A theme folder may carry only some parts: a part (or the {@code parts.txt}) it lacks is the bundled theme's, so
 * {@code templates/js/deck/presenter.js} alone replaces just the presenter part.
 *
 * <pre>{@code Map<String, byte[]> scripts = ScriptParts.join(own, bundled, Path.of("templates")); // "assets/deck.js" -> ...}</pre>
 */
final class ScriptParts {

    /** The folder under a theme that holds scripts in parts. */
    static final String FOLDER = "js/";

    /** The file in each script's folder listing its parts in order. */
    static final String MANIFEST = "parts.txt";

    private ScriptParts() {}

    /**
     * The scripts that {@code own} (a theme's files under {@code js/}, by theme-relative name) makes, by site path
     * ({@code assets/deck.js}); {@code fallback} is the bundled theme's files under {@code js/} (empty when
     * {@code own} is the bundled theme's), {@code shownAs} how error messages name the theme folder.
     */
    static Map<String, byte[]> join(Map<String, String> own, Map<String, String> fallback, Path shownAs) {
        Map<String, byte[]> scripts = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        for (String name : scriptNames(own, shownAs, problems)) {
            String folder = FOLDER + name + "/";
            String manifestName = folder + MANIFEST;
            String manifest = own.getOrDefault(manifestName, fallback.get(manifestName));
            if (manifest == null) {
                problems.add(new Problem(
                        SourcePosition.of(shownAs.resolve(manifestName)),
                        "the script " + folder + " has no " + MANIFEST + "; list its parts there, one file name"
                                + " a line in the order they are joined"));
                continue;
            }
            Path manifestShown = own.containsKey(manifestName)
                    ? shownAs.resolve(manifestName)
                    : Path.of("templates").resolve(manifestName);
            StringBuilder joined = new StringBuilder("(() => {\n'use strict';\n");
            Set<String> listed = new TreeSet<>();
            List<String> lines = manifest.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String part = lines.get(i).replaceFirst("#.*", "").strip();
                if (part.isEmpty()) {
                    continue;
                }
                SourcePosition at =
                        new SourcePosition(manifestShown, i + 1, lines.get(i).indexOf(part) + 1);
                String text = own.getOrDefault(folder + part, fallback.get(folder + part));
                if (!part.endsWith(".js") || part.contains("/")) {
                    problems.add(new Problem(
                            at, "a part is a .js file in " + folder + " itself: name it like presenter.js"));
                } else if (!listed.add(part)) {
                    problems.add(new Problem(at, part + " is listed twice; list each part once"));
                } else if (text == null) {
                    problems.add(new Problem(
                            at,
                            "there is no part " + folder + part + "; add the file, or remove its line from "
                                    + MANIFEST));
                } else {
                    joined.append(text);
                    if (!text.endsWith("\n")) {
                        joined.append('\n');
                    }
                }
            }
            for (String file : own.keySet()) {
                String rest = file.substring(folder.length());
                if (file.startsWith(folder) && !rest.equals(MANIFEST) && !listed.contains(rest)) {
                    problems.add(new Problem(
                            SourcePosition.of(shownAs.resolve(file)),
                            "this file is not listed in " + manifestShown + ", so it would never run; list it there"
                                    + " (a part that replaces the bundled one has the same name), or remove it"));
                }
            }
            joined.append("})();\n");
            scripts.put("assets/" + name + ".js", joined.toString().getBytes(StandardCharsets.UTF_8));
        }
        if (!problems.isEmpty()) {
            throw BuildFailure.inFileOrder(problems);
        }
        return scripts;
    }

    /** The scripts {@code own} holds parts of: the folders just under {@code js/}; a file directly in it is an error. */
    private static Set<String> scriptNames(Map<String, String> own, Path shownAs, List<Problem> problems) {
        Set<String> names = new TreeSet<>();
        for (String file : own.keySet()) {
            String rest = file.substring(FOLDER.length());
            int slash = rest.indexOf('/');
            if (slash <= 0) {
                problems.add(new Problem(
                        SourcePosition.of(shownAs.resolve(file)),
                        "a file directly in js/ is no part of any script; put a script's parts in js/NAME/ (with"
                                + " their " + MANIFEST + "), or a finished script in assets/"));
            } else {
                names.add(rest.substring(0, slash));
            }
        }
        return names;
    }
}
