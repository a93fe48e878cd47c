package org.jumelage.shared;

import java.util.Locale;

/** Where a city's pin sits on the world map, and the part of the map around it that a detail page shows. */
public record MapPin(double x, double y) {

    private static final double WIDTH = 80;
    private static final double HEIGHT = 50;

    /** The pin for a place, or {@code null} where its coordinates are not known. */
    public static MapPin at(Double latitude, Double longitude) {
        if (latitude == null || longitude == null) {
            return null;
        }
        return new MapPin(WorldMap.x(longitude), WorldMap.y(latitude));
    }

    public String viewBox() {
        double left = Math.clamp(x - WIDTH / 2, 0, 360 - WIDTH);
        double top = Math.clamp(y - HEIGHT / 2, 0, 180 - HEIGHT);
        return String.format(Locale.ROOT, "%.1f %.1f %.0f %.0f", left, top, WIDTH, HEIGHT);
    }
}
