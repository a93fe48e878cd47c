package org.jumelage.partners.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class DocumentServiceTests {

    private final DocumentService documents = new DocumentService(
            mock(InstrumentDocumentRepository.class),
            mock(RegistryService.class),
            Clock.systemUTC(),
            DataSize.ofKilobytes(1));

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

    @Test
    void keepsOnlyASafeFileName() {
        assertThat(DocumentService.safeFileName("../../etc/passwd")).isEqualTo("passwd.pdf");
        assertThat(DocumentService.safeFileName("C:\\Verträge\\Vertrag Paris 1987.pdf"))
                .isEqualTo("Vertrag Paris 1987.pdf");
        assertThat(DocumentService.safeFileName(null)).isEqualTo("document.pdf");
        assertThat(DocumentService.safeFileName("<script>.pdf")).isEqualTo("_script_.pdf");
    }
}
