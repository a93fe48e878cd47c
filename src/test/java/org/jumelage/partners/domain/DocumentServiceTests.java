package org.jumelage.partners.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.jumelage.documents.DocumentStore;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The registry accepts only PDFs as signed documents, by their content (the names: {@code DocumentStoreTests}). */
class DocumentServiceTests {

    private final DocumentService documents = new DocumentService(
            mock(InstrumentDocumentRepository.class),
            mock(RegistryService.class),
            new DocumentStore(Clock.systemUTC(), new DocumentStore.Settings(DataSize.ofKilobytes(1))),
            Clock.systemUTC());

    @Test
    void acceptsAPdfByItsContent() {
        assertThatCode(() -> documents.check("%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII)))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesWhatIsNotAPdfWhateverItsName() {
        assertThatThrownBy(() -> documents.check("<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("document.error.notPdf");
        assertThatThrownBy(() -> documents.check(new byte[0])).hasMessage("document.error.empty");
        assertThatThrownBy(() -> documents.check(new byte[] {'%', 'P'})).hasMessage("document.error.notPdf");
    }

    @Test
    void refusesFilesAboveTheLimit() {
        byte[] large = new byte[2048];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 5);
        assertThatThrownBy(() -> documents.check(large)).hasMessage("document.error.tooLarge");
    }
}
