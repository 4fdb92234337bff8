package org.netdeck.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Activation;

/** The reference's activation table has one row per {@link Activation}, in its order, naming it as layer headers do. */
class ActivationDocsTest {

    @Test
    void theActivationTableHasARowPerActivation() {
        List<String> rows = new ArrayList<>();
        boolean inside = false;
        for (Docs.Line line : Docs.prose(Path.of("docs/reference.md"))) {
            if (line.text().startsWith("#")) {
                inside = line.text().equals("### Activations");
            } else if (inside && line.text().startsWith("| `")) {
                String[] cells = line.text().split("\\|");
                rows.add(cells[1].strip() + " " + cells[4].strip());
            }
        }
        assertEquals(
                Arrays.stream(Activation.values())
                        .map(a -> "`" + a.id() + "` " + a.displayName())
                        .toList(),
                rows);
    }
}
