package org.netdeck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.netdeck.content.Slug;
import org.netdeck.resource.Resources;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code netdeck new <slug>}: a new deck that builds at once, to edit from. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description = "Create content/<slug>/deck.md: a small 2-2-1 network and four slides with computed values and "
                + "diagrams, ready to build and edit. Never overwrites a deck.")
final class NewCommand implements Callable<Integer> {

    static final String TEMPLATE = "new-deck.md";
    private static final String TITLE = "@TITLE@";

    @Parameters(paramLabel = "SLUG", description = "The deck's folder name and URL, such as 'gradient-descent'.")
    String slug;

    @Option(names = "--title", paramLabel = "TEXT", description = "The deck's title (default: from the slug).")
    String title;

    @Option(
            names = "--content",
            paramLabel = "DIR",
            defaultValue = "content",
            description = "The content folder; created if needed (default: ${DEFAULT-VALUE}).")
    Path content;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Slug.isValid(slug) || slug.length() > 64) {
            throw new Main.UsageError(
                    "'" + slug + "' cannot be a deck's name: it becomes the deck's URL, so use lower-case "
                            + "letters, digits and '-', at most 64 (for example '" + Slug.suggest(slug) + "')");
        }
        if (Slug.isReserved(slug)) {
            throw new Main.UsageError(Slug.reservedMessage(slug));
        }
        String name = title == null ? titleOf(slug) : title.strip();
        if (name.isEmpty() || name.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw new Main.UsageError("--title must be a line of text, such as --title \"Gradient descent\"");
        }
        Path folder = content.resolve(slug);
        Path deck = folder.resolve("deck.md");
        PrintWriter err = spec.commandLine().getErr();
        // never write through a link (the build would refuse to read it; the content folder itself may be one)
        for (Path p : List.of(folder, deck)) {
            if (Files.isSymbolicLink(p)) {
                err.println(p + ": error: this is a symbolic link" + linkTarget(p) + "; netdeck reads decks as regular "
                        + "folders and files only and never writes through a link. Remove the link, or "
                        + "pick another name");
                return Main.CONTENT_ERROR;
            }
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            err.println(
                    folder + ": error: this is a file, not a deck folder; pick another name, or move the file away");
            return Main.CONTENT_ERROR;
        }
        if (Files.exists(deck, LinkOption.NOFOLLOW_LINKS)) {
            err.println(
                    deck + ": error: a deck named '" + slug + "' already exists; pick another name, or edit that deck");
            return Main.CONTENT_ERROR;
        }
        try {
            Files.createDirectories(deck.getParent());
            Files.writeString(deck, scaffold(name), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            err.println(
                    deck + ": error: a deck named '" + slug + "' already exists; pick another name, or edit that deck");
            return Main.CONTENT_ERROR;
        } catch (IOException e) {
            err.println(deck + ": error: cannot write the deck (" + e.getMessage()
                    + "); check that the folder is writable");
            return Main.CONTENT_ERROR;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Created " + deck.toString().replace('\\', '/')
                + "; see it with 'netdeck serve', publish it with 'netdeck build'");
        return 0;
    }

    private static String linkTarget(Path link) {
        try {
            Path target = Files.readSymbolicLink(link);
            return " to " + target + (Files.exists(link) ? "" : ", which does not exist");
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }

    /** The starter deck with {@code title} in its front matter, as a YAML double-quoted string. */
    static String scaffold(String title) {
        return Resources.text(NewCommand.class, TEMPLATE).replace(TITLE, yamlQuoted(title));
    }

    /** A YAML double-quoted scalar: only '\' and '"' need escaping in one line of text. */
    static String yamlQuoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** {@code gradient-descent} → {@code Gradient descent}. */
    static String titleOf(String slug) {
        String words = slug.replace('-', ' ').strip();
        return words.isEmpty() ? slug : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
