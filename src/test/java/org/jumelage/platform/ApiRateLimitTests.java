package org.jumelage.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public API and the open data answer a client address that asks too often with 429, Retry-After and a problem
 * detail, and again once its bucket has filled; other addresses and the rest of the site are not affected.
 */
@SpringBootTest(properties = "jumelage.api.rate-limit.requests-per-minute=3")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApiRateLimitTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aFourthRequestWithinAMinuteWaits() throws Exception {
        for (int i = 3; i > 0; i--) {
            mvc.perform(get("/api/v1/programmes").with(from("203.0.113.7")))
                    .andExpect(status().isOk())
                    .andExpect(header().string("X-RateLimit-Limit", "3"))
                    .andExpect(header().string("X-RateLimit-Remaining", String.valueOf(i - 1)));
        }
        mvc.perform(get("/open-data/catalog.ttl").with(from("203.0.113.7")))
                .andExpect(status().isTooManyRequests())
                // 20 s for the next request at 3 a minute, less whatever time the requests above took.
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.oneOf("19", "20")))
                .andExpect(header().string("Content-Type", "application/problem+json;charset=UTF-8"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.instance").value("/open-data/catalog.ttl"));
        // Another address, and the public site, are not limited by it.
        mvc.perform(get("/api/v1/programmes").with(from("203.0.113.8"))).andExpect(status().isOk());
        mvc.perform(get("/de/staedtepartnerschaften").with(from("203.0.113.7"))).andExpect(status().isOk());
    }

    @Test
    void theBucketFillsAgainAtTheLimitsRate() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-05T10:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        ApiRateLimit limit = new ApiRateLimit(new ApiRateLimit.Settings(60, 2), clock);
        for (int i = 0; i < 60; i++) {
            assertThat(limit.take("a").allowed()).isTrue();
        }
        ApiRateLimit.Decision refused = limit.take("a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        now.set(now.get().plus(Duration.ofMillis(1_000)));
        assertThat(limit.take("a").allowed()).as("one more a second later").isTrue();
        assertThat(limit.take("a").allowed()).isFalse();
        // A forgotten address (only two are remembered) starts with a full bucket: never stricter than the limit.
        limit.take("b");
        limit.take("c");
        assertThat(limit.take("a").remaining()).isEqualTo(59);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
