package org.jumelage.reporting.web;

import jakarta.validation.constraints.Min;
import org.jumelage.shared.WriterSlots;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/** The reports' files (dossiers, tables' workbooks) are written at most this many at once ({@link WriterSlots}). */
@Configuration
class ReportFiles {

    /**
     * {@code jumelage.reports.*}.
     *
     * @param concurrentFiles how many dossiers and report workbooks are written at once; others wait up to a minute,
     *     then hear 503
     */
    @Validated
    @ConfigurationProperties("jumelage.reports")
    record Settings(@DefaultValue("2") @Min(1) int concurrentFiles) {}

    @Bean
    WriterSlots reportFileWriters(Settings settings) {
        return new WriterSlots("writers of reports' files", settings.concurrentFiles());
    }
}
