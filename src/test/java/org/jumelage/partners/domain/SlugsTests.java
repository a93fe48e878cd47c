package org.jumelage.partners.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTests {

    @Test
    void makesReadableAsciiSegments() {
        assertThat(Slugs.of("Mexico City")).isEqualTo("mexico-city");
        assertThat(Slugs.of("Kraków")).isEqualTo("krakow");
        assertThat(Slugs.of("Brussels (Brussels-Capital Region)")).isEqualTo("brussels-brussels-capital-region");
        assertThat(Slugs.of("東京")).isEqualTo("city");
    }
}
