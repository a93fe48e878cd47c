package org.jumelage.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

/** A writer waits for a free slot, hears 503 when none frees in time, and a failed writer frees its slot. */
class WriterSlotsTests {

    @Test
    void aWriterWaitsForAFreeSlotAndHears503WhenNoneFrees() throws Exception {
        WriterSlots slots = new WriterSlots("PDF writers", 1, Duration.ofMillis(200));
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread busy = Thread.ofVirtual()
                .start(() -> slots.write(() -> {
                    writing.countDown();
                    try {
                        done.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return "first";
                }));
        assertThat(writing.await(5, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> slots.write(() -> "second"))
                .isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("503");
        done.countDown();
        busy.join();
        assertThat(slots.write(() -> "third")).isEqualTo("third");
    }

    @Test
    void aWriterThatFailsFreesItsSlot() {
        WriterSlots slots = new WriterSlots("writers", 1, Duration.ofMillis(200));
        assertThatThrownBy(() -> slots.write(() -> {
                    throw new IllegalStateException("broken");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(slots.write(() -> "next")).isEqualTo("next");
    }
}
