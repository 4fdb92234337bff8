package org.netdeck.diagram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.LossKind;
import org.netdeck.compute.Trace;
import org.netdeck.content.DiagramStep;
import org.netdeck.testing.DefaultDeck;
import org.netdeck.testing.TestNetworks;

/** A deck's preview.png: its size, the same bytes twice, and ink where the title and each neuron's ring are. */
class PreviewTest {

    @Test
    void drawsTheTitleAndEveryNeuronOfTheDefaultDeck() throws IOException {
        check("How backpropagation computes a gradient", DefaultDeck.trace(), "default");
    }

    @Test
    void drawsALargeNetworkWhole() throws IOException {
        Trace trace = Backprop.compute(
                TestNetworks.generated(6, 8, 3, TestNetworks.Wiring.SPARSE, LossKind.HALF_SQUARED_ERROR, 300));
        check("A title long enough to need a second line and then a third one, which is cut", trace, "large");
    }

    private static void check(String title, Trace trace, String name) throws IOException {
        byte[] png = Preview.png(title, trace, DiagramStep.FORWARD);
        assertArrayEquals(png, Preview.png(title, trace, DiagramStep.FORWARD), "the same bytes on a second run");
        Files.createDirectories(Path.of("target", "diagrams"));
        Files.write(Path.of("target", "diagrams", "preview-" + name + ".png"), png); // to look at
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(Preview.WIDTH, image.getWidth());
        assertEquals(Preview.HEIGHT, image.getHeight());
        assertTrue(darkest(image, 5, 5, 20) > 240, "the card's corner is background");
        assertTrue(darkest(image, 60, 60, 60) < 100, "the title's first letters are ink");
        Layout layout = NetworkLayout.of(trace, DiagramStep.FORWARD);
        // the diagram is fitted into its box and centred there (preserveAspectRatio's default, xMidYMid meet)
        double boxWidth = Preview.WIDTH - 2 * Preview.MARGIN;
        double boxHeight = Preview.HEIGHT - Preview.DIAGRAM_TOP - Preview.MARGIN / 2;
        double width = Math.ceil(layout.width());
        double height = Math.ceil(layout.height());
        double scale = Math.min(boxWidth / width, boxHeight / height);
        double x0 = Preview.MARGIN + (boxWidth - width * scale) / 2;
        double y0 = Preview.DIAGRAM_TOP + (boxHeight - height * scale) / 2;
        int neurons = 0;
        for (Circle c : layout.circles()) {
            if (!c.isNeuron()) {
                continue;
            }
            int x = (int) Math.round(x0 + (c.center().x() + c.radius()) * scale);
            int y = (int) Math.round(y0 + c.center().y() * scale);
            assertTrue(darkest(image, x - 1, y - 1, 3) < 160, c.name() + "'s ring at " + x + "," + y);
            neurons++;
        }
        assertEquals(trace.network().neurons().size(), neurons);
    }

    /** The lowest of the red, green and blue values in the {@code size}×{@code size} square at {@code x, y}. */
    private static int darkest(BufferedImage image, int x, int y, int size) {
        int min = 255;
        for (int i = x; i < x + size; i++) {
            for (int j = y; j < y + size; j++) {
                int rgb = image.getRGB(i, j);
                min = Math.min(min, Math.min((rgb >> 16) & 0xff, Math.min((rgb >> 8) & 0xff, rgb & 0xff)));
            }
        }
        return min;
    }
}
