package org.jumelage.search.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The search's settings, under {@code jumelage.search.*} (ADR 0025).
 *
 * @param directory where the embedded Lucene index lives (the profile {@code opensearch} uses a cluster instead); it is
 *     built from the database at the first start, and again whenever it is missing or its version changed
 * @param rebuildOnStart whether a start rebuilds the index from the database, whatever its state
 * @param mergeCron when the index's segments are merged into one, nightly (a cron expression, in the server's time
 *     zone; {@code -}: never)
 * @param extraction how the text of stored files is read for the index
 */
@Validated
@ConfigurationProperties("jumelage.search")
record SearchProperties(
        @DefaultValue("./data/search-index") @NotBlank String directory,
        @DefaultValue("false") boolean rebuildOnStart,
        @DefaultValue("0 40 3 * * *") String mergeCron,
        @DefaultValue @Valid Extraction extraction) {

    SearchProperties {
        if (!"-".equals(mergeCron) && !CronExpression.isValidExpression(mergeCron)) {
            throw new IllegalArgumentException(
                    "jumelage.search.merge-cron must be a cron expression or -; found " + mergeCron);
        }
    }

    /**
     * {@code jumelage.search.extraction.*}: reading the text of stored files ({@link TextExtraction}).
     *
     * @param timeout how long reading one file's text may take before it is abandoned
     * @param maxSize the largest file whose text is read (none: the document store's limit, {@code
     *     jumelage.documents.max-size})
     * @param parallel how many files are read at once
     */
    record Extraction(
            @DefaultValue("PT20S") Duration timeout,
            DataSize maxSize,
            @DefaultValue("2") @Min(1) int parallel) {

        Extraction {
            if (timeout == null || !timeout.isPositive()) {
                throw new IllegalArgumentException(
                        "jumelage.search.extraction.timeout must be positive; found " + timeout);
            }
            if (maxSize != null && maxSize.toBytes() <= 0) {
                throw new IllegalArgumentException(
                        "jumelage.search.extraction.max-size must be positive; found " + maxSize);
            }
        }
    }
}
