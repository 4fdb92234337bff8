import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a long deck for the page-load measurements: a deck's front matter and its slides repeated, in order, until
 * there are N slides (each title numbered, so every slide has its own anchor):
 *
 * <pre>{@code java bench/LongDeck.java content/backprop/deck.md OUT_DIR/forty 40}</pre>
 *
 * <p>{@code OUT_DIR/forty/deck.md} is then a deck of 40 slides named "Forty slides". Plain Java, no dependencies (run
 * with the source launcher).
 */
public final class LongDeck {

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java bench/LongDeck.java SOURCE/deck.md OUT_DECK_DIR SLIDES");
            System.exit(2);
        }
        String source = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8).replace("\r\n", "\n");
        int n = Integer.parseInt(args[2]);
        int end = source.indexOf("\n---\n", 4) + 5;
        // a deck of its own: its title, no place in the source's series
        String front = source.substring(0, end)
                .replaceFirst("(?m)^title: .*$", "title: " + words(n) + " slides")
                .replaceAll("(?m)^(series|order): .*\n", "");
        String[] parts = source.substring(end).split("(?m)^(?=## )");
        List<String> slides = new ArrayList<>();
        for (String p : parts) {
            if (p.startsWith("## ")) {
                slides.add(p.endsWith("\n") ? p : p + "\n");
            }
        }
        StringBuilder deck = new StringBuilder(front).append('\n');
        for (int i = 0; i < n; i++) {
            String slide = slides.get(i % slides.size());
            int eol = slide.indexOf('\n');
            deck.append(slide, 0, eol).append(" (").append(i + 1).append(')').append(slide.substring(eol)).append('\n');
        }
        Path dir = Files.createDirectories(Path.of(args[1]));
        Files.writeString(dir.resolve("deck.md"), deck.toString(), StandardCharsets.UTF_8);
    }

    private static String words(int n) {
        return n == 40 ? "Forty" : String.valueOf(n);
    }
}
