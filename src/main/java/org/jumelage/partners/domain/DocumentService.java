package org.jumelage.partners.domain;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jumelage.people.JumelageUser;
import org.jumelage.shared.RuleViolation;
import org.jumelage.shared.StoredFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Signed documents of instruments. Only PDF is accepted, recognised by its content (the {@code %PDF-} header), not
 * by the name or the type the browser claims; the size is limited.
 */
@Service
@Transactional
public class DocumentService {

    private final InstrumentDocumentRepository documents;
    private final RegistryService registry;
    private final Clock clock;
    private final DataSize maxSize;

    DocumentService(
            InstrumentDocumentRepository documents,
            RegistryService registry,
            Clock clock,
            @Value("${jumelage.documents.max-size:10MB}") DataSize maxSize) {
        this.documents = documents;
        this.registry = registry;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    public DataSize maxSize() {
        return maxSize;
    }

    /** Attaches (or replaces) the signed document of an instrument. */
    public void attach(long relationshipId, long version, long instrumentId, String fileName, byte[] content) {
        check(content);
        Relationship relationship = registry.editable(relationshipId, version);
        relationship.instrument(instrumentId);
        relationship.updateInstrument(
                instrumentId,
                relationship.instrument(instrumentId).details(),
                JumelageUser.currentUsername(),
                clock.instant());
        store(instrumentId, fileName, content);
    }

    private void store(long instrumentId, String fileName, byte[] content) {
        documents.findById(instrumentId).ifPresent(documents::delete);
        documents.flush();
        documents.save(new InstrumentDocument(
                instrumentId,
                safeFileName(fileName),
                "application/pdf",
                content,
                StoredFiles.sha256(content),
                JumelageUser.currentUsername(),
                clock.instant()));
    }

    /** Adds an instrument and, if given, its signed document, in one transaction: both or neither. */
    public Instrument addInstrument(
            long relationshipId, long version, InstrumentDetails details, String fileName, byte[] content) {
        if (content != null) {
            check(content);
        }
        Instrument instrument = registry.addInstrument(relationshipId, version, details);
        if (content != null) {
            store(instrument.getId(), fileName, content);
        }
        return instrument;
    }

    /** Changes an instrument and, if given, replaces its signed document, in one transaction. */
    public void updateInstrument(
            long relationshipId,
            long version,
            long instrumentId,
            InstrumentDetails details,
            String fileName,
            byte[] content) {
        if (content != null) {
            check(content);
        }
        registry.updateInstrument(relationshipId, version, instrumentId, details);
        if (content != null) {
            store(instrumentId, fileName, content);
        }
    }

    /** Removes an instrument together with its signed document. */
    public void removeInstrument(long relationshipId, long version, long instrumentId) {
        registry.editable(relationshipId, version).instrument(instrumentId);
        documents.findById(instrumentId).ifPresent(documents::delete);
        documents.flush();
        registry.removeInstrument(relationshipId, version, instrumentId);
    }

    /** Checks a file before anything is stored: not empty, not too large, really a PDF. */
    public void check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new RuleViolation("document.error.empty");
        }
        if (content.length > maxSize.toBytes()) {
            throw new RuleViolation("document.error.tooLarge", maxSize.toMegabytes());
        }
        if (!org.jumelage.shared.StoredFiles.isPdf(content)) {
            throw new RuleViolation("document.error.notPdf");
        }
    }

    @Transactional(readOnly = true)
    public Optional<InstrumentDocument> document(long relationshipId, long instrumentId) {
        Relationship relationship = registry.get(relationshipId);
        relationship.instrument(instrumentId);
        return documents.findById(instrumentId);
    }

    @Transactional(readOnly = true)
    public List<DocumentInfo> info(Collection<Long> instrumentIds) {
        return instrumentIds.isEmpty() ? List.of() : documents.findInfo(instrumentIds);
    }

    static String safeFileName(String fileName) {
        String name = StoredFiles.safeFileName(fileName, "document");
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            name = StoredFiles.safeFileName(name + ".pdf", "document.pdf");
        }
        return name;
    }
}
