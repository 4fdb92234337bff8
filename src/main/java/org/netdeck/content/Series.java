package org.netdeck.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netdeck.problem.Problem;

/**
 * The series of a site: the decks that give the same {@code series:} and an {@code order:}, in increasing order
 * ({@link SeriesEntry}). Each deck of one learns its {@link Position}: "part 2 of 3", the previous and next decks;
 * the index shows each series as a path.
 *
 * <pre>{@code Series s = Series.of(entries);  s.position("layers").get().part()  // 2}</pre>
 */
public record Series(Map<String, List<SeriesEntry>> paths, List<Problem> problems) {

    /**
     * One deck's place: the series' {@code name}, its {@code part} (from 1) {@code of} how many, every deck of the
     * series in order ({@code path}), and the decks before and after it ({@code previous}, {@code next}; null at
     * either end, which templates test with {@code ??}).
     */
    public record Position(
            String name, int part, int of, List<SeriesEntry> path, SeriesEntry previous, SeriesEntry next) {}

    /** No series at all. */
    public static final Series NONE = new Series(Map.of(), List.of());

    public Series {
        Map<String, List<SeriesEntry>> copy = new LinkedHashMap<>();
        paths.forEach((name, decks) -> copy.put(name, List.copyOf(decks)));
        paths = java.util.Collections.unmodifiableMap(copy);
        problems = List.copyOf(problems);
    }

    /**
     * The series of {@code entries} (in deck order), each sorted by {@code order}; two decks of one series with the
     * same order is a problem at the second one's {@code order:} (in deck order), and it is left out of the path.
     */
    public static Series of(List<SeriesEntry> entries) {
        Map<String, List<SeriesEntry>> paths = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (SeriesEntry e : entries) {
            List<SeriesEntry> path = paths.computeIfAbsent(e.series(), k -> new ArrayList<>());
            Optional<SeriesEntry> same =
                    path.stream().filter(o -> o.order() == e.order()).findFirst();
            if (same.isPresent()) {
                problems.add(new Problem(
                        e.orderAt(),
                        "order " + e.order() + " is taken in the series '" + e.series() + "' by the deck '"
                                + same.get().slug() + "'; give each deck of a series its own place, such as order "
                                + (path.stream()
                                                .mapToInt(SeriesEntry::order)
                                                .max()
                                                .orElse(0)
                                        + 1)));
                continue;
            }
            path.add(e);
        }
        paths.values().forEach(p -> p.sort(Comparator.comparingInt(SeriesEntry::order)));
        return new Series(paths, problems);
    }

    /** The place of the deck {@code slug}, if it is a step of a series. */
    public Optional<Position> position(String slug) {
        for (Map.Entry<String, List<SeriesEntry>> p : paths.entrySet()) {
            List<SeriesEntry> path = p.getValue();
            for (int i = 0; i < path.size(); i++) {
                if (path.get(i).slug().equals(slug)) {
                    return Optional.of(new Position(
                            p.getKey(),
                            i + 1,
                            path.size(),
                            path,
                            i > 0 ? path.get(i - 1) : null,
                            i + 1 < path.size() ? path.get(i + 1) : null));
                }
            }
        }
        return Optional.empty();
    }
}
