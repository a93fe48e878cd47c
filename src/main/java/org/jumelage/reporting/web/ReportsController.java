package org.jumelage.reporting.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jumelage.partners.PartnerCatalog;
import org.jumelage.reporting.domain.ReportFilter;
import org.jumelage.reporting.domain.ReportTable;
import org.jumelage.reporting.domain.Reports;
import org.jumelage.reporting.domain.SavedReport;
import org.jumelage.reporting.domain.SavedReports;
import org.jumelage.shared.Attachments;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.SelectOptions;
import org.jumelage.shared.Submission;
import org.jumelage.shared.WriterSlots;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The office's reports page, its tables' downloads, and saved report definitions. */
@Controller
class ReportsController {

    /** The name a report is saved under, with the filters shown. */
    record SaveForm(
            @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.tooLong}")
            String name,

            @jakarta.validation.constraints.Min(value = 1900, message = "{reports.error.year}")
            @jakarta.validation.constraints.Max(value = 2100, message = "{reports.error.year}")
            Integer from,

            @jakarta.validation.constraints.Min(value = 1900, message = "{reports.error.year}")
            @jakarta.validation.constraints.Max(value = 2100, message = "{reports.error.year}")
            Integer to,

            Long city)
            implements java.io.Serializable {}

    private final Reports reports;
    private final SavedReports saved;
    private final PartnerCatalog catalog;
    private final org.springframework.context.MessageSource messages;
    private final WriterSlots slots;

    ReportsController(
            Reports reports,
            SavedReports saved,
            PartnerCatalog catalog,
            org.springframework.context.MessageSource messages,
            WriterSlots slots) {
        this.slots = slots;
        this.reports = reports;
        this.saved = saved;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/office/reports")
    String page(
            @Valid @ModelAttribute("filter") ReportFilter filter,
            BindingResult errors,
            @RequestParam(defaultValue = "0") int savedPage,
            Model model,
            Locale locale) {
        checkCity(filter == null ? null : filter.city(), errors, catalog);
        checkYears(filter == null ? null : filter.from(), filter == null ? null : filter.to(), errors);
        choices(model, locale);
        model.addAttribute(
                "saveForm",
                filter == null
                        ? new SaveForm(null, null, null, null)
                        : new SaveForm(null, filter.from(), filter.to(), filter.city()));
        model.addAttribute("saved", saved.page(savedPage));
        model.addAttribute("sections", errors.hasErrors() ? java.util.Map.of() : sections(filter, locale));
        return "reporting/reports";
    }

    @GetMapping({"/office/reports/tables/{name}.csv", "/office/reports/tables/{name}.xlsx"})
    ResponseEntity<byte[]> download(
            @PathVariable String name,
            @Valid @ModelAttribute("filter") ReportFilter filter,
            BindingResult errors,
            jakarta.servlet.http.HttpServletRequest request,
            Locale locale) {
        checkCity(filter == null ? null : filter.city(), errors, catalog);
        checkYears(filter == null ? null : filter.from(), filter == null ? null : filter.to(), errors);
        if (errors.hasErrors()) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                    .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(messages.getMessage(errors.getAllErrors().getFirst(), locale)
                            .getBytes(StandardCharsets.UTF_8));
        }
        ReportTable table = reports.table(name, filter, locale).orElseThrow(() -> new NotFound("report table", name));
        boolean csv = request.getRequestURI().endsWith(".csv");
        return csv
                ? Attachments.csv(table.spreadsheet().csv(), name + ".csv")
                : slots.write(() -> Attachments.xlsx(table.spreadsheet().xlsx(), name + ".xlsx"));
    }

    @PostMapping("/office/reports/saved")
    String save(@Valid @ModelAttribute("saveForm") SaveForm form, BindingResult errors, Model model, Locale locale) {
        ReportFilter filter = new ReportFilter(form.from(), form.to(), form.city());
        checkCity(form.city(), errors, catalog);
        checkYears(form.from(), form.to(), errors);
        boolean kept = Submission.save(errors, "form.error.savedMeanwhile", () -> saved.save(form.name(), filter));
        if (!kept) {
            choices(model, locale);
            model.addAttribute("filter", filter);
            model.addAttribute("saved", saved.page(0));
            boolean filterBroken = errors.hasFieldErrors("from")
                    || errors.hasFieldErrors("to")
                    || errors.hasFieldErrors("city")
                    || errors.hasGlobalErrors();
            model.addAttribute("sections", filterBroken ? java.util.Map.of() : sections(filter, locale));
            return "reporting/reports";
        }
        return "redirect:" + address(filter);
    }

    @GetMapping("/office/reports/saved/{id}")
    String run(@PathVariable long id) {
        return "redirect:" + address(saved.get(id).filter());
    }

    @PostMapping("/office/reports/saved/{id}/delete")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Submission.flash(
                redirect, "reports.saved.deleted", "reports.saved.error.conflict", () -> saved.delete(id, version));
        return "redirect:/office/reports";
    }

    /** The tables by section, in the order of the page; and whether the exchange's detailed tables are among them. */
    private java.util.Map<String, List<ReportTable>> sections(ReportFilter filter, Locale locale) {
        java.util.Map<String, List<ReportTable>> sections = new java.util.LinkedHashMap<>();
        for (ReportTable table : reports.tables(filter, locale)) {
            sections.computeIfAbsent(table.section(), section -> new java.util.ArrayList<>())
                    .add(table);
        }
        return sections;
    }

    /**
     * A span that ends before it begins is an error of its last year, so that the error summary leads to that field.
     */
    static void checkYears(Integer from, Integer to, BindingResult errors) {
        if (from != null && to != null && from > to && !errors.hasFieldErrors("from") && !errors.hasFieldErrors("to")) {
            errors.rejectValue("to", "reports.error.order");
        }
    }

    /** A city that is not in the registry is an error of the field, not an empty report. */
    static void checkCity(Long city, BindingResult errors, PartnerCatalog catalog) {
        if (city != null && !errors.hasFieldErrors("city") && catalog.city(city).isEmpty()) {
            errors.rejectValue("city", "reports.error.city");
        }
    }

    /** The reports page's address with the filters. */
    static String address(ReportFilter filter) {
        return UriComponentsBuilder.fromPath("/office/reports")
                .queryParamIfPresent("from", java.util.Optional.ofNullable(filter.from()))
                .queryParamIfPresent("to", java.util.Optional.ofNullable(filter.to()))
                .queryParamIfPresent("city", java.util.Optional.ofNullable(filter.city()))
                .build()
                .toUriString();
    }

    private void choices(Model model, Locale locale) {
        cityOptions(model, locale, catalog);
        model.addAttribute("mayDelete", (java.util.function.Predicate<SavedReport>) saved::mayDelete);
        model.addAttribute("exchangeDetailed", reports.exchangeDetailed());
        model.addAttribute("smallest", org.jumelage.exchange.ExchangeProgrammes.SMALLEST);
    }

    /** Every registry city as the options of a select, written once per language until the registry changes. */
    static void cityOptions(Model model, Locale locale, PartnerCatalog catalog) {
        List<PartnerCatalog.CityRef> cities = catalog.cities();
        model.addAttribute(
                "cityOptions",
                SelectOptions.kept(
                        "reporting.cities." + locale.getLanguage(),
                        cities,
                        () -> SelectOptions.of(cities, PartnerCatalog.CityRef::id, city -> city.name(locale))));
    }
}
