package org.jumelage.partners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jumelage.documents.StoredFile;

/** The signed document of an instrument (PDF), kept in the database so that a backup restores it with the data. */
@Entity
@jakarta.persistence.EntityListeners(org.jumelage.search.SearchFeed.class)
@org.jumelage.search.SearchTopic("instrument-document")
@Table(name = "instrument_document")
public class InstrumentDocument {

    @Id
    @Column(name = "instrument_id")
    private Long instrumentId;

    @Embedded
    private StoredFile file;

    protected InstrumentDocument() {}

    InstrumentDocument(long instrumentId, StoredFile file) {
        this.instrumentId = instrumentId;
        this.file = file;
    }

    public Long getInstrumentId() {
        return instrumentId;
    }

    public StoredFile file() {
        return file;
    }
}
