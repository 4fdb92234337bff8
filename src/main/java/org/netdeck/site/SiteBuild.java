package org.netdeck.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netdeck.render.Theme;

/**
 * {@code netdeck build}, as a checklist: read the inputs, assemble the whole site in memory, publish it.
 * Only the first and last steps touch the disk.
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
        SiteAssembler.Site site = new SiteAssembler(theme).assemble(tree, listener); // 3. everything in memory
        Map<String, byte[]> files = site.files();
        int written = Publisher.publish(files, out); // 4. write site/
        return new Result(site.decks(), written);
    }
}
