package org.jumelage.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The world's countries as one SVG, drawn on the server from the vendored Natural Earth TopoJSON
 * ({@code world-atlas}), so that maps need neither a tile server nor JavaScript. Plate carrée projection: x is
 * longitude + 180, y is 90 − latitude, in a 360 × 180 view box.
 */
@Component
public class WorldMap {

    static final String SOURCE = "static/vendor/world-atlas/countries-110m.json";

    private volatile String svg;

    /** The whole SVG document; built once, on first use. */
    public String svg() {
        String result = svg;
        if (result == null) {
            synchronized (this) {
                if (svg == null) {
                    svg = build();
                }
                result = svg;
            }
        }
        return result;
    }

    public static double x(double longitude) {
        return longitude + 180;
    }

    public static double y(double latitude) {
        return 90 - latitude;
    }

    private static String build() {
        JsonNode topology = read();
        double[] scale = {
            topology.path("transform").path("scale").get(0).asDouble(),
            topology.path("transform").path("scale").get(1).asDouble()
        };
        double[] translate = {
            topology.path("transform").path("translate").get(0).asDouble(),
            topology.path("transform").path("translate").get(1).asDouble()
        };
        List<double[][]> arcs = new ArrayList<>();
        for (JsonNode arc : topology.path("arcs")) {
            double[][] points = new double[arc.size()][];
            long x = 0;
            long y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asLong();
                y += arc.get(i).get(1).asLong();
                points[i] = new double[] {x * scale[0] + translate[0], y * scale[1] + translate[1]};
            }
            arcs.add(points);
        }
        StringBuilder path = new StringBuilder();
        for (JsonNode geometry : topology.path("objects").path("countries").path("geometries")) {
            switch (geometry.path("type").asString()) {
                case "Polygon" -> polygon(geometry.path("arcs"), arcs, path);
                case "MultiPolygon" -> geometry.path("arcs").forEach(polygon -> polygon(polygon, arcs, path));
                default -> {}
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 360 180\" width=\"360\" height=\"180\">"
                + "<path fill=\"#c9d3c0\" stroke=\"#ffffff\" stroke-width=\"0.2\" d=\"" + path + "\"/></svg>";
    }

    private static void polygon(JsonNode rings, List<double[][]> arcs, StringBuilder path) {
        for (JsonNode ring : rings) {
            boolean first = true;
            double previousX = Double.NaN;
            for (JsonNode index : ring) {
                int i = index.asInt();
                double[][] points = arcs.get(i >= 0 ? i : ~i);
                for (int k = 0; k < points.length; k++) {
                    double[] point = points[i >= 0 ? k : points.length - 1 - k];
                    if (k == 0 && !first) {
                        continue;
                    }
                    // A jump across the map is a ring crossing the antimeridian: lift the pen instead of drawing.
                    boolean jump = Math.abs(x(point[0]) - previousX) > 180;
                    path.append(first || jump ? 'M' : 'L')
                            .append(String.format(Locale.ROOT, "%.2f,%.2f", x(point[0]), y(point[1])));
                    previousX = x(point[0]);
                    first = false;
                }
            }
            path.append('Z');
        }
    }

    private static JsonNode read() {
        try (InputStream in = new ClassPathResource(SOURCE).getInputStream()) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("map data missing: " + SOURCE, e);
        }
    }
}
