package org.jumelage.partners.domain;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jumelage.documents.Accepted;
import org.jumelage.documents.DocumentStore;
import org.jumelage.documents.StoredFile;
import org.jumelage.people.JumelageUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Signed documents of instruments, kept with the {@link DocumentStore}: only PDF, recognised by its content, stored
 * under a name ending in {@code .pdf}. A new document replaces the instrument's old one (no versions).
 */
@Service
@Transactional
public class DocumentService {

    private final InstrumentDocumentRepository documents;
    private final RegistryService registry;
    private final DocumentStore store;
    private final Clock clock;

    DocumentService(
            InstrumentDocumentRepository documents, RegistryService registry, DocumentStore store, Clock clock) {
        this.documents = documents;
        this.registry = registry;
        this.store = store;
        this.clock = clock;
    }

    public DataSize maxSize() {
        return store.maxSize();
    }

    /** Attaches (or replaces) the signed document of an instrument. */
    public void attach(long relationshipId, long version, long instrumentId, String fileName, byte[] content) {
        StoredFile file = store.accept(fileName, content, Accepted.PDF);
        Relationship relationship = registry.editable(relationshipId, version);
        relationship.instrument(instrumentId);
        relationship.updateInstrument(
                instrumentId,
                relationship.instrument(instrumentId).details(),
                JumelageUser.currentUsername(),
                clock.instant());
        keep(instrumentId, file);
    }

    private void keep(long instrumentId, StoredFile file) {
        documents.findById(instrumentId).ifPresent(documents::delete);
        documents.flush();
        documents.save(new InstrumentDocument(instrumentId, file));
    }

    /** Adds an instrument and, if given, its signed document, in one transaction: both or neither. */
    public Instrument addInstrument(
            long relationshipId, long version, InstrumentDetails details, String fileName, byte[] content) {
        StoredFile file = content == null ? null : store.accept(fileName, content, Accepted.PDF);
        Instrument instrument = registry.addInstrument(relationshipId, version, details);
        if (file != null) {
            keep(instrument.getId(), file);
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
        StoredFile file = content == null ? null : store.accept(fileName, content, Accepted.PDF);
        registry.updateInstrument(relationshipId, version, instrumentId, details);
        if (file != null) {
            keep(instrumentId, file);
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
        store.check(content, Accepted.PDF);
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
}
