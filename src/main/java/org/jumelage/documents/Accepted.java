package org.jumelage.documents;

import java.util.EnumSet;
import java.util.Set;

/** Which types a use of the store accepts, and the message that tells the person when a file is none of them. */
public enum Accepted {
    /** Signed instruments and a stay's papers. */
    PDF(EnumSet.of(FileType.PDF), "document.error.notPdf"),
    /** An activity's minutes, reports and photos. */
    PDF_IMAGES_OFFICE(EnumSet.allOf(FileType.class), "document.error.notAccepted");

    private final Set<FileType> types;
    private final String refusal;

    Accepted(Set<FileType> types, String refusal) {
        this.types = types;
        this.refusal = refusal;
    }

    boolean includes(FileType type) {
        return types.contains(type);
    }

    String refusal() {
        return refusal;
    }
}
