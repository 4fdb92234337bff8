package org.netdeck.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.testing.Gate;
import org.netdeck.testing.Trees;

/**
 * Gate 3: the same input gives the same bytes: twice in one JVM, and in a separate JVM started from
 * another folder with a Turkish locale (dotless i, comma decimals), a UTC+14 time zone and a non-UTF-8
 * default charset.
 */
@Gate
class ReproducibleBuildGateTest {

    /** Written by maven-dependency-plugin (build-classpath) during generate-test-resources. */
    private static final Path RUNTIME_CLASSPATH = Path.of("target/runtime-classpath.txt");

    private static final String ZONE = "Pacific/Kiritimati";

    @TempDir
    static Path tmp;

    private static Map<String, byte[]> first;

    @BeforeAll
    static void buildOnce() {
        first = Trees.tree(Sites.buildDefault(tmp.resolve("first")));
    }

    @Test
    void twoBuildsGiveByteIdenticalTrees() {
        Map<String, byte[]> second = Trees.tree(Sites.buildDefault(tmp.resolve("second")));
        assertTrue(first.containsKey("index.html") && first.size() >= 12, "a whole site: " + first.keySet());
        assertEquals(Optional.empty(), Trees.difference(first, second));
    }

    @Test
    void aBuildInAnotherJvmLocaleZoneCharsetAndFolderGivesTheSameBytes() throws IOException, InterruptedException {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere/deeper"));
        Path out = tmp.resolve("from-subprocess");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=tr",
                "-Duser.country=TR",
                "-Duser.timezone=" + ZONE,
                "-Dfile.encoding=ISO-8859-1",
                "-Dsun.jnu.encoding=UTF-8",
                "-cp",
                classpath(),
                "org.netdeck.cli.Main",
                "build",
                "--content",
                Sites.CONTENT.toString(),
                "--templates",
                Sites.TEMPLATES.toString(),
                "--out",
                out.toAbsolutePath().toString()));
        ProcessBuilder pb =
                new ProcessBuilder(command).directory(elsewhere.toFile()).redirectErrorStream(true);
        pb.environment().put("LANG", "tr_TR.UTF-8");
        pb.environment().put("LC_ALL", "tr_TR.UTF-8");
        pb.environment().put("TZ", ZONE);
        Process p = pb.start();
        p.getOutputStream().close();
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
        }
        assertTrue(done, "the subprocess build did not finish in 120 s: " + output);
        assertEquals(0, p.exitValue(), output);
        assertEquals(Optional.empty(), Trees.difference(first, Trees.tree(out)));
    }

    /** target/classes and the runtime dependencies, as the jar would have them (no test classes, no test libraries). */
    private static String classpath() throws IOException {
        assertTrue(
                Files.isRegularFile(RUNTIME_CLASSPATH),
                RUNTIME_CLASSPATH + " is missing: run the tests through Maven "
                        + "(mvn test), whose generate-test-resources phase writes it");
        String deps = Files.readString(RUNTIME_CLASSPATH).strip();
        return Path.of("target/classes").toAbsolutePath() + File.pathSeparator + deps;
    }
}
