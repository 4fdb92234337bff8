package org.netdeck.diagram;

import java.util.List;
import org.netdeck.compute.Landscape;

/**
 * What every landscape diagram of a deck shares, computed once per grid: the contour levels, the filled bands (the
 * marching-squares regions below each level, simplified) and the grid's lowest point. A deck has one grid whatever
 * runs each landscape slide draws ({@link Landscape#drawing}), so a deck of 50 landscape slides traces its contours
 * once, not 50 times; each diagram adds only its own paths, legend and labels.
 *
 * <pre>{@code
 * LandscapeBands shared = LandscapeBands.of(Landscape.compute(trace, spec));   // every run's path
 * Diagrams.draw(trace, choice, Optional.of(shared));                          // the paths choice draws
 * }</pre>
 *
 * @param landscape the landscape with every run's path, whose grid the bands were computed on
 * @param levels the contour levels, lowest first
 * @param regions the band regions in drawing order: the top band's square, then each region below a level, highest
 *     first
 * @param lowest the index {@code j * grid + i} of the grid point with the lowest loss
 */
public record LandscapeBands(Landscape landscape, List<Double> levels, List<Region> regions, int lowest) {

    public LandscapeBands {
        levels = List.copyOf(levels);
        regions = List.copyOf(regions);
    }

    /** The bands of {@code landscape}'s grid. */
    public static LandscapeBands of(Landscape landscape) {
        return LandscapeLayout.bands(landscape);
    }
}
