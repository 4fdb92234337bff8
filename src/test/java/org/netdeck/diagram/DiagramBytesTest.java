package org.netdeck.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.LossKind;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Optimizer;
import org.netdeck.compute.OptimizerKind;
import org.netdeck.testing.DefaultDeck;
import org.netdeck.testing.Gate;
import org.netdeck.testing.TestNetworks;
import org.netdeck.testing.Trees;

/**
 * The SVG bytes of five networks' diagrams, every step, are the same in two runs: here, and in a second JVM with a
 * Turkish locale (dotless i, comma decimals), a far time zone and a Latin-1 default charset. Batik's DOM and our
 * number formatting must not bring in the machine's settings. A gate (a second JVM draws every step of five networks).
 */
@Gate
class DiagramBytesTest {

    @TempDir
    Path tmp;

    /** The five networks, by the folder their diagrams go to. */
    static Map<String, NetworkSpec> networks() {
        Map<String, NetworkSpec> n = new LinkedHashMap<>();
        n.put("default-2-2-1", DefaultDeck.network());
        n.put("mazur-2-2-2", TestNetworks.mazur(3));
        n.put("deep-4-4-4-2", TestNetworks.generated(4, 4, 2, TestNetworks.Wiring.DENSE, LossKind.SQUARED_ERROR, 3));
        n.put(
                "softmax-2-3-3",
                TestNetworks.softmax(TestNetworks.threeClasses(), 6, Optimizer.defaults(OptimizerKind.ADAM), 3));
        n.put("dense-15-15-1", TestNetworks.generated(3, 15, 1, TestNetworks.Wiring.DENSE, LossKind.SQUARED_ERROR, 3));
        return n;
    }

    /** Writes every network's diagrams under {@code args[0]}/NETWORK/STEP.svg; run by the test in a second JVM. */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]));
    }

    static void write(Path out) throws IOException {
        for (Map.Entry<String, NetworkSpec> e : networks().entrySet()) {
            Path dir = Files.createDirectories(out.resolve(e.getKey()));
            for (Diagram d : Diagrams.drawAll(Backprop.compute(e.getValue()))) {
                Files.writeString(dir.resolve(d.fileName()), d.standalone(), StandardCharsets.UTF_8);
                Files.writeString(dir.resolve(d.name() + ".inline.svg"), d.inline(), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void fiveNetworksDiagramsAreTheSameBytesInAnotherJvmWithOtherSettings() throws Exception {
        write(tmp.resolve("here"));
        Map<String, byte[]> here = Trees.tree(tmp.resolve("here"));
        assertTrue(here.size() >= 5 * 2 * 6, "every step of five networks, standalone and inline: " + here.keySet());
        for (String network : networks().keySet()) {
            assertTrue(here.containsKey(network + "/forward.svg"), network + ": " + here.keySet());
        }

        Path there = tmp.resolve("there");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=tr",
                "-Duser.country=TR",
                "-Duser.timezone=Pacific/Kiritimati",
                "-Dfile.encoding=ISO-8859-1",
                "-cp",
                System.getProperty("java.class.path"),
                DiagramBytesTest.class.getName(),
                there.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("LC_ALL", "tr_TR.UTF-8");
        Process p = pb.start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), output);
        assertEquals(0, p.exitValue(), output);
        assertEquals(Optional.empty(), Trees.difference(here, Trees.tree(there)));

        write(tmp.resolve("again"));
        assertEquals(Optional.empty(), Trees.difference(here, Trees.tree(tmp.resolve("again"))));
    }
}
