package org.jumelage.reporting.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import org.jumelage.partners.PartnerCatalog;
import org.jumelage.reporting.domain.Dossier;
import org.jumelage.reporting.domain.DossierFiles;
import org.jumelage.reporting.domain.Dossiers;
import org.jumelage.shared.Attachments;
import org.jumelage.shared.WriterSlots;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The dossier for a parliamentary question: one form (a partner city and a span of years), three downloads of the
 * same content (DOCX to edit, PDF to read, XLSX with its figures).
 */
@Controller
class DossierController {

    /** What the dossier is about; the city is required, the years may be open. */
    record DossierForm(
            @NotNull(message = "{reports.error.cityRequired}")
            Long city,

            @Min(value = 1900, message = "{reports.error.year}") @Max(value = 2100, message = "{reports.error.year}")
            Integer from,

            @Min(value = 1900, message = "{reports.error.year}") @Max(value = 2100, message = "{reports.error.year}")
            Integer to)
            implements java.io.Serializable {}

    private final Dossiers dossiers;
    private final DossierFiles files;
    private final PartnerCatalog catalog;
    private final WriterSlots slots;

    DossierController(Dossiers dossiers, DossierFiles files, PartnerCatalog catalog, WriterSlots slots) {
        this.dossiers = dossiers;
        this.files = files;
        this.catalog = catalog;
        this.slots = slots;
    }

    @GetMapping("/office/reports/dossier")
    String form(@ModelAttribute("dossierForm") DossierForm form, Model model, Locale locale) {
        choices(model, locale);
        return "reporting/dossier";
    }

    /** One of the three files; a form with errors comes back as the page with them (400), never as a file. */
    @GetMapping("/office/reports/dossier.{format:docx|pdf|xlsx}")
    Object download(
            @PathVariable String format,
            @Valid @ModelAttribute("dossierForm") DossierForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            jakarta.servlet.http.HttpServletResponse response) {
        ReportsController.checkCity(form == null ? null : form.city(), errors, catalog);
        if (form != null) {
            ReportsController.checkYears(form.from(), form.to(), errors);
        }
        if (errors.hasErrors()) {
            choices(model, locale);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "reporting/dossier";
        }
        return slots.write(() -> {
            Dossier dossier = dossiers.of(form.city(), form.from(), form.to());
            return switch (format) {
                case "docx" -> Attachments.of(files.docx(dossier), Attachments.DOCX, dossier.fileName() + ".docx");
                case "pdf" ->
                    Attachments.of(files.pdf(dossier), MediaType.APPLICATION_PDF, dossier.fileName() + ".pdf");
                default -> Attachments.xlsx(files.xlsx(dossier), dossier.fileName() + ".xlsx");
            };
        });
    }

    private void choices(Model model, Locale locale) {
        ReportsController.cityOptions(model, locale, catalog);
    }
}
