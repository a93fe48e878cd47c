package org.jumelage.partners.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jumelage.documents.Downloads;
import org.jumelage.partners.InstrumentKind;
import org.jumelage.partners.PartnershipQuery;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.RelationshipType;
import org.jumelage.partners.domain.DocumentInfo;
import org.jumelage.partners.domain.DocumentService;
import org.jumelage.partners.domain.FocusArea;
import org.jumelage.partners.domain.Instrument;
import org.jumelage.partners.domain.InstrumentDocument;
import org.jumelage.partners.domain.RegistryService;
import org.jumelage.partners.domain.Relationship;
import org.jumelage.people.Organisation;
import org.jumelage.people.UnitRef;
import org.jumelage.shared.Countries;
import org.jumelage.shared.Htmx;
import org.jumelage.shared.MapPin;
import org.jumelage.shared.Names;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.SelectOptions;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The registry list with its filters, the detail page, the CSV export and document downloads. */
@Controller
@RequestMapping("/office/partnerships")
class PartnershipController {

    private final RegistryService registry;
    private final DocumentService documents;
    private final Organisation organisation;
    private final PartnershipCsv csv;

    PartnershipController(
            RegistryService registry, DocumentService documents, Organisation organisation, PartnershipCsv csv) {
        this.registry = registry;
        this.documents = documents;
        this.organisation = organisation;
        this.csv = csv;
    }

    @GetMapping
    String list(
            @ModelAttribute("query") PartnershipQuery query,
            Locale locale,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Page<Relationship> page = registry.search(query, locale);
        model.addAttribute("page", page);
        // Links to the first and last page and to two pages either side of this one, not to every page (800 at
        // network size).
        model.addAttribute("pageFrom", Math.max(0, page.getNumber() - 2));
        model.addAttribute("pageTo", Math.max(0, Math.min(page.getTotalPages() - 1, page.getNumber() + 2)));
        // The rows' holders are looked up in the organisation the service keeps, not copied into a map per page.
        model.addAttribute("holderNames", Names.of(organisation.unitsById(), unit -> unit.name(locale)));
        model.addAttribute("types", RelationshipType.values());
        model.addAttribute("statuses", RelationshipStatus.values());
        // The long choices (hundreds of units and holders at network size, every country) are written once and kept
        // until the organisation or the registry changes.
        String language = locale.getLanguage();
        List<UnitRef> units = organisation.units();
        model.addAttribute(
                "unitOptions",
                SelectOptions.kept(
                        "partnerships.units." + language,
                        units,
                        () -> SelectOptions.of(
                                registry.possibleResponsibleUnits(),
                                UnitRef::id,
                                unit -> (unit.parentId() != null ? "– " : "") + unit.name(locale))));
        model.addAttribute(
                "holderOptions",
                SelectOptions.kept(
                        "partnerships.holders." + language,
                        units,
                        () -> SelectOptions.of(registry.possibleHolders(), UnitRef::id, unit -> unit.name(locale))));
        long changes = registry.changeCount();
        model.addAttribute(
                "countryOptions",
                SelectOptions.kept(
                        "partnerships.countries." + language,
                        changes,
                        () -> SelectOptions.of(countryOptions(locale), Map.Entry::getKey, Map.Entry::getValue)));
        model.addAttribute(
                "focusOptions",
                SelectOptions.kept(
                        "partnerships.focus." + language,
                        changes,
                        () -> SelectOptions.of(registry.focusAreas(), FocusArea::getCode, area -> area.name(locale))));
        model.addAttribute("mayCreate", registry.mayCreate());
        model.addAttribute("links", new QueryLinks(query));
        return Htmx.pageOrFragment(request, response, "partners/list", "results");
    }

    @GetMapping(value = "/export.csv")
    ResponseEntity<byte[]> export(@ModelAttribute("query") PartnershipQuery query, Locale locale) {
        return org.jumelage.shared.Attachments.csv(csv.write(query, locale), "partnerships.csv");
    }

    @GetMapping(value = "/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@ModelAttribute("query") PartnershipQuery query, Locale locale) {
        return org.jumelage.shared.Attachments.xlsx(csv.xlsx(query, locale), "partnerships.xlsx");
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Relationship relationship = registry.get(id);
        List<Long> instrumentIds = relationship.instrumentsInOrder().stream()
                .map(Instrument::getId)
                .toList();
        Map<Long, DocumentInfo> documentsByInstrument = documents.info(instrumentIds).stream()
                .collect(Collectors.toMap(DocumentInfo::instrumentId, Function.identity()));
        Map<Long, UnitRef> units =
                organisation.units().stream().collect(Collectors.toMap(UnitRef::id, Function.identity()));
        model.addAttribute("relationship", relationship);
        model.addAttribute("city", relationship.getCity());
        model.addAttribute("documents", documentsByInstrument);
        model.addAttribute("units", units);
        model.addAttribute("timeline", Timeline.of(relationship));
        model.addAttribute(
                "pin",
                MapPin.at(
                        relationship.getCity().getLatitude(),
                        relationship.getCity().getLongitude()));
        model.addAttribute("mayEdit", registry.mayEdit(relationship));
        model.addAttribute("instrumentKinds", InstrumentKind.values());
        return "partners/detail";
    }

    @GetMapping("/{id}/instruments/{instrumentId}/document")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long instrumentId) {
        InstrumentDocument document =
                documents.document(id, instrumentId).orElseThrow(() -> new NotFound("document", instrumentId));
        return Downloads.attachment(document.file());
    }

    private List<Map.Entry<String, String>> countryOptions(Locale locale) {
        return registry.countryCodesInUse().stream()
                .map(code -> Map.entry(code, Countries.name(code, locale)))
                .sorted(Map.Entry.comparingByValue(java.text.Collator.getInstance(locale)))
                .toList();
    }
}
