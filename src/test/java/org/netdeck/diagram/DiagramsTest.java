package org.netdeck.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.LossKind;
import org.netdeck.compute.Trace;

class DiagramsTest {

    private static final Path OUT = Path.of("target", "diagrams");

    @Test
    void rasterizesEveryStepOfTheDefaultDeck() throws IOException, TranscoderException {
        rasterize("default", Networks.defaultTrace());
    }

    @Test
    void rasterizesLargeNetworks() throws IOException, TranscoderException {
        rasterize("dense-4x5", Backprop.compute(Networks.generated(4, 5, 2, Networks.Wiring.DENSE, LossKind.BINARY_CROSS_ENTROPY, 50)));
        rasterize("skip-3x3", Backprop.compute(Networks.generated(3, 3, 1, Networks.Wiring.SKIP, LossKind.MEAN_SQUARED_ERROR, 0)));
        rasterize("sparse-6x8", Backprop.compute(Networks.generated(6, 8, 3, Networks.Wiring.SPARSE, LossKind.HALF_SQUARED_ERROR, 5000)));
    }

    private static void rasterize(String name, Trace trace) throws IOException, TranscoderException {
        Files.createDirectories(OUT);
        for (Diagram d : Diagrams.drawAll(trace)) {
            Files.writeString(OUT.resolve(name + "-" + d.fileName()), d.standalone());
            PNGTranscoder png = new PNGTranscoder();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            png.transcode(new TranscoderInput(new StringReader(d.standalone())), new TranscoderOutput(bytes));
            assertTrue(bytes.size() > 1000, d.step() + " gave a PNG of " + bytes.size() + " bytes");
            Files.write(OUT.resolve(name + "-" + d.step().id() + ".png"), bytes.toByteArray());
        }
    }
}
