package org.netdeck.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.netdeck.files.RegularFiles;
import org.netdeck.files.Sizes;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;
import org.netdeck.problem.SourcePosition;

/**
 * A theme read into memory: its Freemarker templates ({@code *.ftlh}, by path inside the theme,
 * such as {@code partials/controls.ftlh}), its static files under {@code assets/}, and its scripts kept in parts
 * under {@code js/}, joined here into the asset they publish ({@code js/deck/} → {@code assets/deck.js}, see
 * {@link ScriptParts}). All theme I/O happens here, once; rendering never touches the disk.
 *
 * <pre>{@code Theme theme = Theme.load(Optional.of(Path.of("templates")));  // or Optional.empty(): the bundled one}</pre>
 */
public final class Theme {

    /** Templates every theme must have: the pages the renderer asks for. */
    static final List<String> REQUIRED = List.of("deck.ftlh", "index.ftlh");

    private static final String BUNDLED = "netdeck/theme/";

    /** The largest template or asset read (a theme's pictures and fonts included). */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private final Path origin;
    private final Map<String, String> templates;
    private final Map<String, byte[]> assets;
    private final Map<String, String> parts; // the files under js/, by theme-relative name

    private Theme(Path origin, Map<String, String> templates, Map<String, byte[]> assets, Map<String, String> parts) {
        this.origin = origin;
        this.templates = templates;
        this.assets = assets;
        this.parts = parts;
    }

    /**
     * The theme {@code build} and {@code serve} use: the one in {@code folder} when a folder is given, else the
     * bundled one. Which folder (the {@code --templates} given, else {@code ./templates} if it exists) is the
     * command line's choice, made once, because {@code serve} also watches that folder.
     */
    public static Theme load(Optional<Path> folder) {
        return folder.map(Theme::fromDirectory).orElseGet(Theme::bundled);
    }

    /** The default theme bundled in the jar (a copy of the repository's {@code templates/}). */
    public static Theme bundled() {
        URL marker = Theme.class.getClassLoader().getResource(BUNDLED + "deck.ftlh");
        if (marker == null) {
            throw new IllegalStateException("the bundled theme is missing from the class path");
        }
        try {
            if ("jar".equals(marker.getProtocol())) {
                Path jar = Path.of(((JarURLConnection) marker.openConnection())
                        .getJarFileURL()
                        .toURI());
                try (FileSystem fs = FileSystems.newFileSystem(jar)) {
                    return read(fs.getPath("/" + BUNDLED), Path.of("templates"), Map.of());
                }
            }
            return read(Path.of(marker.toURI()).getParent(), Path.of("templates"), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled theme", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the bundled theme: " + marker, e);
        }
    }

    /**
     * The theme in {@code dir} (for example {@code templates/}), which replaces the bundled one whole, but for the
     * parts of a script it does not carry (see {@link ScriptParts}). {@code dir} itself may be a link; inside it,
     * only regular files and folders are read (see {@link #read}).
     */
    public static Theme fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BuildFailure(
                    SourcePosition.of(dir),
                    "the templates folder does not exist; pass an existing folder with --templates, "
                            + "or leave it out to use the bundled theme");
        }
        Path root;
        try {
            root = dir.toRealPath();
        } catch (IOException e) {
            throw new BuildFailure(SourcePosition.of(dir), "cannot read the templates folder: " + e.getMessage());
        }
        return read(root, dir, null);
    }

    /**
     * Reads every file under {@code root}; {@code shownAs} is how error messages name the folder. Only regular
     * files and folders are read: a symbolic link anywhere inside the theme is an error (following it could
     * publish any file the build can read, such as {@code /proc/self/environ}), and so is a named pipe or device
     * where a template or asset would be. {@code fallback}: the script parts a part this theme lacks comes from
     * (none for the bundled theme itself; {@code null}: the bundled theme's, read only if this theme has parts).
     */
    private static Theme read(Path root, Path shownAs, Map<String, String> fallback) {
        Map<String, String> templates = new TreeMap<>();
        Map<String, byte[]> assets = new TreeMap<>();
        Map<String, String> parts = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = nameOf(root, file);
                    if (attrs.isSymbolicLink()) {
                        problems.add(new Problem(
                                SourcePosition.of(shownAs.resolve(name)),
                                "this is a symbolic link"
                                        + linkTarget(file)
                                        + "; a theme is read as regular files and folders only, so that a link "
                                        + "cannot publish a file from elsewhere. Replace the link with a "
                                        + "copy of what it points to"));
                    } else if (attrs.isRegularFile()) {
                        files.add(file);
                    } else if (name.endsWith(".ftlh")
                            || name.startsWith("assets/")
                            || name.startsWith(ScriptParts.FOLDER)) {
                        problems.add(new Problem(
                                SourcePosition.of(shownAs.resolve(name)),
                                "this is not a regular file "
                                        + "(it is a named pipe or a device); replace it with a file, or remove it"));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new BuildFailure(SourcePosition.of(shownAs), "cannot list the theme folder: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        files.sort(null);
        for (Path file : files) {
            String name = nameOf(root, file);
            Path shown = shownAs.resolve(name);
            if (name.endsWith(".ftlh")) {
                templates.put(name, readText(root, file, shown));
            } else if (name.startsWith("assets/")) {
                assets.put(name, readBytes(root, file, shown));
            } else if (name.startsWith(ScriptParts.FOLDER)) {
                parts.put(name, readText(root, file, shown));
            }
        }
        if (!parts.isEmpty()) {
            Map<String, byte[]> joined =
                    ScriptParts.join(parts, fallback != null ? fallback : bundled().parts, shownAs);
            for (String script : joined.keySet()) {
                if (assets.containsKey(script)) {
                    throw new BuildFailure(
                            SourcePosition.of(shownAs.resolve(script)),
                            "the theme has this script both whole and in parts (in " + ScriptParts.FOLDER
                                    + script.substring("assets/".length(), script.length() - ".js".length())
                                    + "/); keep one: remove this file, or the parts folder");
                }
            }
            assets.putAll(joined);
        }
        for (String required : REQUIRED) {
            if (!templates.containsKey(required)) {
                throw new BuildFailure(
                        SourcePosition.of(shownAs.resolve(required)),
                        "the theme has no " + required + "; add it (copy it from the bundled theme "
                                + "in the repository's templates/ folder) or use the bundled theme");
            }
        }
        // in name order (Map.copyOf's order is salted per JVM): templates are parsed, and the first broken one
        // reported,
        // in this order
        return new Theme(
                shownAs,
                Collections.unmodifiableMap(templates),
                Collections.unmodifiableMap(assets),
                Collections.unmodifiableMap(parts));
    }

    /** Theme-relative name with forward slashes on every system (also inside a jar). */
    private static String nameOf(Path root, Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static String linkTarget(Path link) {
        try {
            return " (to " + Files.readSymbolicLink(link) + ")";
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }

    private static String readText(Path root, Path file, Path shown) {
        byte[] bytes = readBytes(root, file, shown);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BuildFailure(SourcePosition.of(shown), "the file is not UTF-8 text; save it as UTF-8");
        }
    }

    /**
     * A theme file's bytes. A theme folder's files are read without following links (a link swapped in after the
     * folder was listed is refused, see {@link RegularFiles}); the bundled theme, inside netdeck's own jar, is read
     * as it is.
     */
    private static byte[] readBytes(Path root, Path file, Path shown) {
        try {
            if (root.getFileSystem() != FileSystems.getDefault()) {
                return Files.readAllBytes(file);
            }
            List<String> segments = new ArrayList<>();
            root.relativize(file).forEach(p -> segments.add(p.toString()));
            return RegularFiles.read(root, segments, MAX_FILE_BYTES);
        } catch (RegularFiles.Refused r) {
            String why = switch (r.kind()) {
                case TOO_LARGE ->
                    "it is " + Sizes.over(r.size(), MAX_FILE_BYTES) + "; a theme's file may be at most "
                            + MAX_FILE_BYTES / 1048576 + " MiB: make it smaller";
                case LINK ->
                    "it is (or became, while it was read) a symbolic link; a theme is read as regular files"
                            + " and folders only, so that a link cannot publish a file from elsewhere";
                case PRIVATE_HARD_LINK ->
                    "it is a hard link (" + r.getMessage() + ") to a file that only its owner"
                            + " may read; copy the file instead of linking it, or let others read it (chmod o+r)";
                case CHANGED -> "it was replaced while it was read; build again";
                case MISSING, NOT_A_FOLDER, FOLDER, SPECIAL, UNREADABLE ->
                    "it cannot be read (" + r.getMessage() + "); check that it exists and is readable";
            };
            throw new BuildFailure(SourcePosition.of(shown), "cannot read this theme file: " + why);
        } catch (IOException e) {
            throw new BuildFailure(SourcePosition.of(shown), "cannot read the theme file: " + e.getMessage());
        }
    }

    /** Where this theme came from, as error messages name it ({@code templates} for the bundled theme). */
    Path origin() {
        return origin;
    }

    /** Template source by theme-relative name. */
    Map<String, String> templates() {
        return templates;
    }

    /** Static files by site-relative path ({@code assets/deck.css}); the arrays are shared, do not change them. */
    Map<String, byte[]> assets() {
        return assets;
    }
}
