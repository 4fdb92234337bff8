package org.netdeck.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A plain {@code netdeck build} command line read without picocli, whose set-up (reading the commands' annotations,
 * registering its converters) was a tenth of a cold build of the default site, before the first deck could start.
 * It takes only the common forms: {@code build}, then each of {@code --content}, {@code --templates},
 * {@code --out} at most once (with its value after {@code =} or as the next argument), and at most one of
 * {@code -q}/{@code --quiet} and {@code -v}/{@code --verbose}. Anything else (help, a mistake, an argument file,
 * an unusual form) is left to picocli, which reads it and says what is wrong: {@link #read} is then empty.
 * {@code BuildLineTest} holds it to picocli's reading of the same lines (the common forms, the ones it leaves to
 * picocli, and random lines of good and bad pieces). What it saves is measured in the launcher's
 * comment ({@code ./netdeck}, "start-up tricks").
 */
record BuildLine(Path content, Optional<Path> templates, Path out, Progress.Level level) {

    /** The command line as picocli would read it, or empty to let picocli read it. */
    static Optional<BuildLine> read(String[] args) {
        if (args.length == 0 || !args[0].equals("build")) {
            return Optional.empty();
        }
        Path content = Path.of("content");
        Path templates = null;
        Path out = Path.of("site");
        Progress.Level level = Progress.Level.NORMAL;
        Set<String> given = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            switch (name) {
                case "--content", "--templates", "--out" -> {
                    String value = eq >= 0 ? arg.substring(eq + 1) : i + 1 < args.length ? args[++i] : null;
                    if (value == null || !plain(value) || !given.add(name)) {
                        return Optional.empty(); // no value, an unusual one, or the option given twice
                    }
                    Path path = Path.of(value);
                    if (name.equals("--content")) {
                        content = path;
                    } else if (name.equals("--templates")) {
                        templates = path;
                    } else {
                        out = path;
                    }
                }
                case "-q", "--quiet", "-v", "--verbose" -> {
                    if (eq >= 0 || level != Progress.Level.NORMAL) {
                        return Optional.empty(); // a value, or both (or one twice): picocli says what is wrong
                    }
                    level = name.equals("-q") || name.equals("--quiet") ? Progress.Level.QUIET : Progress.Level.VERBOSE;
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new BuildLine(content, Optional.ofNullable(templates), out, level));
    }

    /**
     * A value picocli takes as it is: not empty, not like an option, not an argument file ({@code @file}), and a
     * path this system can name (else picocli reports the conversion).
     */
    private static boolean plain(String value) {
        if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
            return false;
        }
        try {
            Path.of(value);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
