package org.jumelage.publicweb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jumelage.partners.PublicCity;
import org.jumelage.partners.PublishedCity;
import org.jumelage.partners.RelationshipType;
import org.jumelage.publicweb.PublicSiteController.CityLink;

/**
 * The public map as two frames of the same server-drawn world map (ADR 0007): the world, with the cities outside
 * Europe, and Europe enlarged, with the cities in it, where pins would otherwise lie on top of each other. Every
 * city with coordinates is one pin in exactly one frame, placed in percent of that frame, so that the page draws it
 * as an HTML link of a fixed size (a tap target of 24 CSS pixels at any width) over the map picture. The home city
 * is marked in the frame it lies in.
 *
 * @param world the pins outside Europe
 * @param europe the pins in Europe
 * @param home the home city's mark, or {@code null} where the site names no coordinates
 * @param homeInEurope whether the mark belongs to the Europe frame
 */
record PartnerMap(List<Pin> world, List<Pin> europe, Pin home, boolean homeInEurope) {

    /** The whole map: 360 × 180 units of the SVG's view box. */
    static final Frame WORLD = new Frame(-180, 180, -90, 90);

    /** Europe from Lisbon to Moscow, from Sicily to Stockholm: 54 × 27 degrees, the world's proportions again. */
    static final Frame EUROPE = new Frame(-12, 42, 35, 62);

    /** Where a pin sits: a city's link and its position in percent of its frame. */
    record Pin(CityLink link, String name, double left, double top) {

        /** The inline position; the page's stylesheet draws the pin itself. */
        public String style() {
            return String.format(Locale.ROOT, "left:%.3f%%;top:%.3f%%", left, top);
        }

        /**
         * What the pin's label says after the city's name: each kind of relationship once, in the order of the first
         * of its kind. A kind the city has once is named with its holder; a kind it has several times is counted, so
         * that a label stays a line however many districts and departments a city works with (a city with 85
         * relationships would otherwise carry 85 names on a map of a thousand pins).
         */
        public List<LabelPart> labelParts() {
            Map<RelationshipType, List<PublishedCity.Listing>> byType = new LinkedHashMap<>();
            for (PublishedCity.Listing listing : link.city().relationships()) {
                byType.computeIfAbsent(listing.type(), type -> new ArrayList<>())
                        .add(listing);
            }
            List<LabelPart> parts = new ArrayList<>(byType.size());
            byType.forEach((type, listings) -> parts.add(new LabelPart(
                    type,
                    listings.size(),
                    listings.size() == 1 ? listings.getFirst().holder() : null)));
            return parts;
        }

        /** Near an edge the label opens towards the map's inside, so that it is never cut off. */
        public String side() {
            return left > 70 ? "east" : left < 30 ? "west" : "middle";
        }
    }

    /**
     * One kind of relationship in a pin's label.
     *
     * @param count how many relationships of this kind the city has
     * @param holder who holds it, where the city has one of this kind and a district or department holds it
     */
    record LabelPart(RelationshipType type, int count, PublicCity.Holder holder) {}

    /** A part of the world between two longitudes and two latitudes, drawn in plate carrée. */
    record Frame(double west, double east, double south, double north) {

        boolean contains(double latitude, double longitude) {
            return longitude >= west && longitude <= east && latitude >= south && latitude <= north;
        }

        double left(double longitude) {
            return (longitude - west) / (east - west) * 100;
        }

        double top(double latitude) {
            return (north - latitude) / (north - south) * 100;
        }

        /** The frame in the SVG's units (x is longitude + 180, y is 90 − latitude). */
        public String viewBox() {
            return String.format(
                    Locale.ROOT, "%.0f %.0f %.0f %.0f", west + 180, 90 - north, east - west, north - south);
        }

        public double x() {
            return west + 180;
        }

        public double y() {
            return 90 - north;
        }

        public double width() {
            return east - west;
        }

        public double height() {
            return north - south;
        }
    }

    /** The pins of the cities that have coordinates, each in the frame it lies in. */
    static PartnerMap of(
            List<CityLink> cities, Locale locale, String homeName, Double homeLatitude, Double homeLongitude) {
        List<Pin> world = new ArrayList<>();
        List<Pin> europe = new ArrayList<>();
        for (CityLink link : cities) {
            Double latitude = link.city().latitude();
            Double longitude = link.city().longitude();
            if (latitude == null || longitude == null) {
                continue;
            }
            String name = link.city().name(locale);
            if (EUROPE.contains(latitude, longitude)) {
                europe.add(new Pin(link, name, EUROPE.left(longitude), EUROPE.top(latitude)));
            } else {
                world.add(new Pin(link, name, WORLD.left(longitude), WORLD.top(latitude)));
            }
        }
        if (homeLatitude == null || homeLongitude == null) {
            return new PartnerMap(world, europe, null, false);
        }
        boolean inEurope = EUROPE.contains(homeLatitude, homeLongitude);
        Frame frame = inEurope ? EUROPE : WORLD;
        Pin home = new Pin(null, homeName, frame.left(homeLongitude), frame.top(homeLatitude));
        return new PartnerMap(world, europe, home, inEurope);
    }

    public Frame worldFrame() {
        return WORLD;
    }

    public Frame europeFrame() {
        return EUROPE;
    }
}
