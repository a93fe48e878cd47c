package org.jumelage.activities.domain;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jumelage.activities.DocumentKind;
import org.jumelage.people.JumelageUser;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.RuleViolation;
import org.jumelage.shared.StoredFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Minutes, reports and photos of an activity. The content decides the type, not the name: PDF, JPEG, PNG, and
 * office documents (DOCX, XLSX, PPTX, ODT, ODS). A new upload with the same kind and title becomes the next version.
 */
@Service
@Transactional
public class ActivityDocuments {

    /** A type Jumelage accepts: its media type, the file name endings that go with it, and its first bytes. */
    private record FileType(String mediaType, List<String> endings, byte[] magic) {
        boolean matches(byte[] content, String ending) {
            return content.length >= magic.length
                    && Arrays.equals(Arrays.copyOf(content, magic.length), magic)
                    && (endings.isEmpty() || endings.contains(ending));
        }
    }

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};

    private static final List<FileType> TYPES = List.of(
            new FileType("application/pdf", List.of(), "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
            new FileType("image/jpeg", List.of(), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            new FileType("image/png", List.of(), new byte[] {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A}),
            new FileType(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"), ZIP),
            new FileType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"), ZIP),
            new FileType(
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation", List.of("pptx"), ZIP),
            new FileType("application/vnd.oasis.opendocument.text", List.of("odt"), ZIP),
            new FileType("application/vnd.oasis.opendocument.spreadsheet", List.of("ods"), ZIP));

    private final ActivityDocumentRepository documents;
    private final ActivityService activities;
    private final Clock clock;
    private final DataSize maxSize;

    ActivityDocuments(
            ActivityDocumentRepository documents,
            ActivityService activities,
            Clock clock,
            @Value("${jumelage.documents.max-size:10MB}") DataSize maxSize) {
        this.documents = documents;
        this.activities = activities;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    /** Stores a document, or its next version; checks the file before anything is stored. */
    public ActivityDocument upload(
            long activityId, long version, DocumentKind kind, String title, String fileName, byte[] content) {
        if (kind == null || title == null || title.isBlank()) {
            throw new RuleViolation("activity.document.error.title");
        }
        String contentType = check(fileName, content);
        activities.editable(activityId, version);
        String cleanTitle = documents.findTitles(activityId, kind, title.strip()).stream()
                .findFirst()
                .orElse(title.strip());
        int next = documents.findLatestNumber(activityId, kind, cleanTitle) + 1;
        return documents.save(new ActivityDocument(
                activityId,
                kind,
                cleanTitle,
                next,
                StoredFiles.safeFileName(fileName, "document"),
                contentType,
                content,
                StoredFiles.sha256(content),
                JumelageUser.currentUsername(),
                clock.instant()));
    }

    /** The file's media type, if Jumelage accepts it; otherwise a rule violation saying why not. */
    String check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new RuleViolation("document.error.empty");
        }
        if (content.length > maxSize.toBytes()) {
            throw new RuleViolation("document.error.tooLarge", maxSize.toMegabytes());
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String ending = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return TYPES.stream()
                .filter(type -> type.matches(content, ending))
                .map(FileType::mediaType)
                .findFirst()
                .orElseThrow(() -> new RuleViolation("activity.document.error.type"));
    }

    @Transactional(readOnly = true)
    public List<DocumentVersion> versions(long activityId) {
        return documents.findVersions(activityId);
    }

    @Transactional(readOnly = true)
    public ActivityDocument download(long activityId, long documentId) {
        return Optional.of(documents.findById(documentId).orElseThrow(() -> new NotFound("document", documentId)))
                .filter(document -> document.getActivityId() == activityId)
                .map(document -> {
                    document.getContent();
                    return document;
                })
                .orElseThrow(() -> new NotFound("document", documentId));
    }

    public org.springframework.util.unit.DataSize maxSize() {
        return maxSize;
    }
}
