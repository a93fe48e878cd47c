package org.jumelage.reporting.web;

import org.jumelage.shared.WriterSlots;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reports' files (dossiers, tables' workbooks) are written at most this many at once ({@link WriterSlots}). */
@Configuration
class ReportFiles {

    @Bean
    WriterSlots reportFileWriters(@Value("${jumelage.reports.concurrent-files:2}") int concurrent) {
        return new WriterSlots("writers of reports' files", concurrent);
    }
}
