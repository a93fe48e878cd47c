package org.jumelage.platform;

import java.time.Duration;
import org.jumelage.shared.WorldMap;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The world map as an SVG image, for every page that pins a city on it. */
@RestController
class MapController {

    private final WorldMap worldMap;

    MapController(WorldMap worldMap) {
        this.worldMap = worldMap;
    }

    @GetMapping(value = "/maps/world.svg", produces = "image/svg+xml")
    ResponseEntity<String> world() {
        String svg = worldMap.svg();
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .eTag(Integer.toHexString(svg.hashCode()))
                .body(svg);
    }
}
