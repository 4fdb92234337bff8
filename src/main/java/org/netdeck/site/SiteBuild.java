package org.netdeck.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.netdeck.render.Theme;

/**
 * {@code netdeck build}, as a checklist: read the inputs, build the decks, publish the site. Only the first and
 * last steps touch the disk: each finished deck's files go straight into the temporary output folder.
 */
public final class SiteBuild {

    /** What a successful build made: the decks' slugs in order, and how many files (the marker included). */
    public record Result(List<String> decks, int files) {
        public Result {
            decks = List.copyOf(decks);
        }
    }

    private SiteBuild() {}

    /**
     * Builds {@code content} with the theme in {@code templates} (or the bundled one) into {@code out}.
     * Throws {@link org.netdeck.problem.BuildFailure} with every problem found; {@code out} is then untouched.
     * Throws {@link OutputFolder.Refused}, before reading anything, if {@code out} must not be replaced.
     */
    public static Result build(Path content, Optional<Path> templates, Path out) {
        return build(content, templates, out, BuildListener.SILENT);
    }

    /** {@link #build(Path, Optional, Path)}, telling {@code listener} about each deck as it is done. */
    public static Result build(Path content, Optional<Path> templates, Path out, BuildListener listener) {
        OutputFolder.check(out, content, templates); // 0. may out be replaced?
        ContentTree tree = ContentTree.read(content); // 1. read content/
        Theme theme = Theme.load(templates); // 2. read templates/
        SiteAssembler assembler = SiteAssembler.once(theme);
        List<List<String>> decks = new ArrayList<>(1);
        // 3. build the decks on every core, 4. write each finished deck's files into a temporary folder, swapped
        // in as site/ when all is done (a failure deletes it)
        int written = Publisher.publish(out, sink -> decks.add(assembler.assemble(tree, listener, sink)));
        return new Result(decks.get(0), written);
    }
}
