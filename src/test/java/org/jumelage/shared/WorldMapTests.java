package org.jumelage.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorldMapTests {

    @Test
    void drawsTheCountriesOfTheVendoredAtlasAsOneSvgPath() {
        String svg = new WorldMap().svg();
        assertThat(svg).startsWith("<svg").contains("viewBox=\"0 0 360 180\"").endsWith("</svg>");
        // Every country ring starts a sub-path; the 110m atlas has well over a hundred countries.
        assertThat(svg.chars().filter(c -> c == 'Z').count()).isGreaterThan(150);
    }

    @Test
    void projectsLongitudeAndLatitudeOntoTheViewBox() {
        assertThat(WorldMap.x(13.4)).isEqualTo(193.4);
        assertThat(WorldMap.y(52.5)).isEqualTo(37.5);
    }
}
