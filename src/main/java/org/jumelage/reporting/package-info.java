/**
 * The office's answers without spreadsheets: the reports page (charts with their tables, each as CSV and XLSX), saved
 * report definitions, and the dossier for a parliamentary question about one partner city (DOCX, PDF/UA, XLSX). Reads
 * only through other modules' published records ({@code partners}' RegistryRecords, {@code activities}'
 * ActivityRecords, {@code exchange}'s ExchangeFigures, {@code people}' Organisation); writes nothing of theirs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.jumelage.reporting;
