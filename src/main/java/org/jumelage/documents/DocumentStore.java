package org.jumelage.documents;

import java.time.Clock;
import org.jumelage.people.JumelageUser;
import org.jumelage.shared.RuleViolation;
import org.jumelage.shared.StoredFiles;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Checks every upload the same way before its owner keeps it: not empty, not above {@code jumelage.documents.max-size},
 * and of a type the use accepts, decided by the content. The stored name keeps the uploaded name's stem but always
 * ends as the detected type: a PDF uploaded as {@code Anreise.cmd} is kept and served as {@code Anreise.pdf}.
 */
@Component
public class DocumentStore {

    /**
     * {@code jumelage.documents.*}; the upload limit is also the platform's (an upload above it is refused before it is
     * read) and the search's (the largest file whose text it reads, unless set apart).
     *
     * @param maxSize the largest file that may be uploaded and kept (signed instruments, activity and stay documents)
     */
    @ConfigurationProperties("jumelage.documents")
    public record Settings(@DefaultValue("10MB") DataSize maxSize) {

        public Settings {
            if (maxSize == null || maxSize.toBytes() <= 0) {
                throw new IllegalArgumentException("jumelage.documents.max-size must be positive; found " + maxSize);
            }
        }
    }

    private final Clock clock;
    private final DataSize maxSize;

    public DocumentStore(Clock clock, Settings settings) {
        this.clock = clock;
        this.maxSize = settings.maxSize();
    }

    public DataSize maxSize() {
        return maxSize;
    }

    /** The file's type if the use accepts it; otherwise a rule violation whose message says why not. */
    public FileType check(byte[] content, Accepted accepted) {
        if (content == null || content.length == 0) {
            throw new RuleViolation("document.error.empty");
        }
        if (content.length > maxSize.toBytes()) {
            throw new RuleViolation("document.error.tooLarge", maxSize.toMegabytes());
        }
        return FileType.of(content).filter(accepted::includes).orElseThrow(() -> new RuleViolation(accepted.refusal()));
    }

    /** A checked upload, named by its detected type, with its checksum, uploader and time; its owner keeps it. */
    public StoredFile accept(String fileName, byte[] content, Accepted accepted) {
        FileType type = check(content, accepted);
        return new StoredFile(
                nameFor(fileName, type),
                type,
                content,
                StoredFiles.sha256(content),
                JumelageUser.currentUsername(),
                clock.instant());
    }

    /**
     * The uploaded name made safe, ending as the type: a fitting ending is kept, any other is replaced (the same rule
     * as migration V14 applied to the files stored before).
     */
    static String nameFor(String fileName, FileType type) {
        String name = StoredFiles.safeFileName(fileName, "document");
        if (type.fits(name)) {
            return name;
        }
        String stem = name.replaceFirst("\\.[^.]*$", "").strip();
        return (stem.isEmpty() ? "document" : stem) + "." + type.ending();
    }
}
