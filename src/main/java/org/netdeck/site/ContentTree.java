package org.netdeck.site;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.netdeck.content.Slug;
import org.netdeck.files.RegularFiles;
import org.netdeck.files.Sizes;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;
import org.netdeck.problem.SourcePosition;

/**
 * The content folder read into memory, in sorted order: {@code site.yml} if present, and one
 * {@code deck.md} per deck folder. Everything that can go wrong with reading files is reported here,
 * as problems naming the path.
 *
 * @param decks by slug, sorted
 */
public record ContentTree(Path dir, Optional<SourceFile> siteConfig, List<DeckSource> decks) {

    /** A deck's file, and the folder name that becomes its URL. */
    public record DeckSource(String slug, SourceFile file) {}

    /** The largest deck or settings file read; anything bigger is surely not a deck. */
    public static final long MAX_FILE_BYTES = 1024 * 1024;

    public ContentTree {
        decks = List.copyOf(decks);
    }

    /** Reads {@code dir}; throws {@link BuildFailure} listing every file that cannot be used. */
    public static ContentTree read(Path dir) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            throw new BuildFailure(
                    SourcePosition.of(dir),
                    "the content folder does not exist; run netdeck from the project folder or pass --content DIR");
        }
        Optional<SourceFile> site = Optional.empty();
        Path siteYml = dir.resolve("site.yml");
        if (Files.exists(siteYml, LinkOption.NOFOLLOW_LINKS)) {
            site = readText(dir, List.of("site.yml"), problems);
        }
        List<DeckSource> decks = new ArrayList<>();
        for (Path folder : sortedFolders(dir, problems)) {
            String slug = folder.getFileName().toString();
            if (!Slug.isValid(slug)) {
                problems.add(new Problem(
                        SourcePosition.of(folder),
                        "a deck folder's name becomes its URL, so it must be "
                                + "lower-case letters, digits and '-' (for example '" + Slug.suggest(slug)
                                + "'); rename the folder"));
                continue;
            }
            if (Slug.isReserved(slug)) {
                problems.add(
                        new Problem(SourcePosition.of(folder), Slug.reservedMessage(slug) + "; rename the folder"));
                continue;
            }
            Path deck = folder.resolve("deck.md");
            if (!Files.exists(deck, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(new Problem(
                        SourcePosition.of(folder),
                        "this deck folder has no deck.md; add one (netdeck new " + slug + ") or remove the folder"));
                continue;
            }
            readText(dir, List.of(slug, "deck.md"), problems).ifPresent(f -> decks.add(new DeckSource(slug, f)));
        }
        if (problems.isEmpty() && decks.isEmpty()) {
            problems.add(new Problem(
                    SourcePosition.of(dir),
                    "there are no decks here; a deck is a folder with a deck.md in it, such as "
                            + dir.resolve("intro/deck.md")));
        }
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        return new ContentTree(dir, site, decks);
    }

    /**
     * The deck folders: sub-folders not starting with '.', sorted. A link to a folder is a problem, not a deck:
     * content is read as regular folders and files only, so a link cannot publish files from elsewhere.
     */
    private static List<Path> sortedFolders(Path dir, List<Problem> problems) {
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(new Problem(SourcePosition.of(dir), "cannot list the folder (" + reason(e) + ")"));
            return List.of();
        }
        List<Path> folders = new ArrayList<>();
        for (Path entry : entries) {
            if (Files.isSymbolicLink(entry)) {
                if (Files.isDirectory(entry)) {
                    problems.add(new Problem(
                            SourcePosition.of(entry),
                            "this deck folder is a symbolic link" + linkTarget(entry)
                                    + "; content is read as regular folders and files only, so that a link cannot publish files "
                                    + "from elsewhere. Move or copy the deck folder here in place of the link"));
                }
            } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                folders.add(entry);
            }
        }
        return folders;
    }

    /** The text file {@code dir/segments}, read without following a link anywhere below {@code dir}. */
    private static Optional<SourceFile> readText(Path dir, List<String> segments, List<Problem> problems) {
        Path file = dir;
        for (String s : segments) {
            file = file.resolve(s);
        }
        if (Files.isSymbolicLink(file)) {
            String kind = Files.exists(file) ? "a symbolic link" + linkTarget(file) : "a broken link";
            problems.add(new Problem(
                    SourcePosition.of(file),
                    file.getFileName() + " is not a regular file (it is " + kind
                            + "); content is read as regular files only, so that a link cannot publish a file from elsewhere. "
                            + "Replace the link with a copy of the file"));
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            // a folder or a named pipe (reading one would wait forever)
            String kind = Files.isDirectory(file) ? "a folder" : "a named pipe or a device";
            problems.add(new Problem(
                    SourcePosition.of(file),
                    file.getFileName() + " is not a regular file (it is " + kind
                            + "); replace it with a UTF-8 text file"));
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = RegularFiles.read(dir, segments, MAX_FILE_BYTES);
        } catch (RegularFiles.Refused r) {
            problems.add(new Problem(
                    SourcePosition.of(file),
                    switch (r.kind()) {
                        case TOO_LARGE ->
                            "the file is " + Sizes.over(r.size(), MAX_FILE_BYTES)
                                    + "; a deck or settings file may be at most 1 MiB: split it or trim it";
                        case LINK ->
                            file.getFileName() + " became a symbolic link while it was read; content is read as"
                                    + " regular files only, so that a link cannot publish a file from elsewhere";
                        case PRIVATE_HARD_LINK ->
                            file.getFileName() + " is a hard link (" + r.getMessage()
                                    + ") to a file that only its owner may read; copy the file instead of linking it, or let"
                                    + " others read it (chmod o+r)";
                        case CHANGED -> "the file was replaced while it was read; build again";
                        case MISSING, NOT_A_FOLDER, FOLDER, SPECIAL, UNREADABLE ->
                            "cannot read the file (" + r.getMessage() + "); check that it exists and is readable";
                    }));
            return Optional.empty();
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                problems.add(new Problem(
                        at(file, bytes, i),
                        "this is a binary file (it has a NUL byte at offset " + i + "); a deck is UTF-8 text"));
                return Optional.empty();
            }
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (result.isError()) {
            problems.add(new Problem(
                    at(file, bytes, in.position()),
                    "the file is not valid UTF-8 text (byte 0x"
                            + HexFormat.of().toHexDigits(bytes[in.position()])
                            + " here); save it as UTF-8"));
            return Optional.empty();
        }
        return Optional.of(new SourceFile(file, out.flip().toString()));
    }

    /** The line and column (in characters, each counted once however many bytes) of byte {@code offset} of a file. */
    private static SourcePosition at(Path file, byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xc0) != 0x80) {
                column++;
            }
        }
        return new SourcePosition(file, line, column);
    }

    private static String linkTarget(Path link) {
        try {
            return " to " + Files.readSymbolicLink(link);
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }

    static String reason(IOException e) {
        String kind = e.getClass()
                .getSimpleName()
                .replace("Exception", "")
                .replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }
}
