package org.jumelage.exchange.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jumelage.partners.PartnerCatalog;
import org.jumelage.people.Organisation;
import org.jumelage.people.Role;
import org.jumelage.people.UnitRef;
import org.jumelage.search.Audience;
import org.jumelage.search.SearchDocument;
import org.jumelage.search.SearchFacet;
import org.jumelage.search.SearchSource;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Limit;

/**
 * How the staff exchange reads in the search (ADR 0025), each record for exactly those who may open it (the rules of
 * {@code ProgrammeService}, {@code PlacementService}, {@code ApplicationService}, {@code NominationService} and
 * {@code StayService}, written as {@link Audience} groups): programmes and calls for Berlin's staff and the
 * coordinators of the administrations taking part, placements likewise (an outgoing one for its host's coordinator),
 * an application for its applicant and, once submitted, its supervisor and HR of the home unit, nominations and stays
 * for their administration's coordinator and the Berlin unit's editors or HR, a stay's documents like the stay,
 * evaluation texts for the office only. Programmes, open calls and published experience reports also for the public.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeSearch {

    private static final Locale DE = Locale.GERMAN;
    private static final Locale EN = Locale.ENGLISH;
    private static final String ADMIN = Audience.role(Role.ADMIN);

    private final ProgrammeRepository programmes;
    private final CallRepository calls;
    private final PlacementRepository placements;
    private final ApplicationRepository applications;
    private final NominationRepository nominations;
    private final StayRepository stays;
    private final StayDocumentRepository stayDocuments;
    private final EvaluationRequestRepository evaluations;
    private final Organisation organisation;
    private final PartnerCatalog catalog;
    private final MessageSource messages;
    private final java.time.Clock clock;

    ExchangeSearch(
            ProgrammeRepository programmes,
            CallRepository calls,
            PlacementRepository placements,
            ApplicationRepository applications,
            NominationRepository nominations,
            StayRepository stays,
            StayDocumentRepository stayDocuments,
            EvaluationRequestRepository evaluations,
            Organisation organisation,
            PartnerCatalog catalog,
            MessageSource messages,
            java.time.Clock clock) {
        this.programmes = programmes;
        this.calls = calls;
        this.placements = placements;
        this.applications = applications;
        this.nominations = nominations;
        this.stays = stays;
        this.stayDocuments = stayDocuments;
        this.evaluations = evaluations;
        this.organisation = organisation;
        this.catalog = catalog;
        this.messages = messages;
        this.clock = clock;
    }

    @Bean
    SearchSource programmeSource() {
        return source("programme", programmes::findIdsAfter, ids -> {
            List<SearchDocument> found = new ArrayList<>();
            for (Programme programme : programmes.findAllById(ids)) {
                // All of a programme is public: the office's document and the public one say the same.
                found.add(programmeText(
                                SearchDocument.office("programme", programme.getId(), "/office/exchange/programmes")
                                        .audience(programmeAudience(programme)),
                                programme)
                        .build());
                found.add(programmeText(
                                SearchDocument.published(
                                        "programme",
                                        programme.getId(),
                                        "/de/verwaltungsaustausch",
                                        "/en/staff-exchange"),
                                programme)
                        .build());
            }
            return found;
        });
    }

    @Bean
    SearchSource callSource() {
        return source("call", calls::findIdsAfter, ids -> {
            List<Call> all = calls.findAllById(ids);
            Map<Long, Programme> programmesById = byId(
                    programmes.findAllById(
                            all.stream().map(Call::getProgrammeId).collect(Collectors.toSet())),
                    Programme::getId);
            var now = clock.instant();
            List<SearchDocument> found = new ArrayList<>();
            for (Call call : all) {
                Programme programme = programmesById.get(call.getProgrammeId());
                if (programme == null) {
                    continue;
                }
                found.add(SearchDocument.office("call", call.getId(), "/office/exchange/calls")
                        .title(call.getTitleDe(), call.getTitleEn())
                        .names(programme.getCode())
                        .text(programme.getNameDe(), programme.getNameEn(), String.join(" ", call.getLanguages()))
                        .facet(
                                call.getStaysFrom() == null
                                        ? null
                                        : SearchFacet.year(call.getStaysFrom().getYear()))
                        .audience(programmeAudience(programme))
                        .build());
                if (call.isOpen(now) || call.getOpensAt().isAfter(now)) {
                    found.add(SearchDocument.published(
                                    "call", call.getId(), "/de/verwaltungsaustausch", "/en/staff-exchange")
                            .title(call.getTitleDe(), call.getTitleEn())
                            .names(programme.getCode())
                            .text(programme.getNameDe(), programme.getNameEn())
                            .build());
                }
            }
            return found;
        });
    }

    @Bean
    SearchSource placementSource() {
        return source("placement", placements::findIdsAfter, ids -> {
            List<Placement> all = placements.findAllById(ids);
            Map<Long, Programme> programmeOfCall =
                    programmesOfCalls(all.stream().map(Placement::getCallId).toList());
            Map<Long, UnitRef> units = organisation.unitsById();
            Map<Long, PartnerCatalog.CityRef> cities = catalog.citiesById();
            Map<Long, UnitRef> administrations = organisation.administrations();
            List<SearchDocument> found = new ArrayList<>();
            for (Placement placement : all) {
                Set<String> audience = new LinkedHashSet<>(Audience.BERLIN_STAFF);
                if (placement.isIncoming()) {
                    Programme programme = programmeOfCall.get(placement.getCallId());
                    if (programme != null) {
                        programme.getAdministrationIds().forEach(id -> audience.add(Audience.coordinator(id)));
                    }
                } else {
                    UnitRef host = administrations.get(placement.getHostUnitId());
                    if (host != null) {
                        audience.add(Audience.coordinator(host.id()));
                    }
                }
                var document = SearchDocument.office(
                                "placement", placement.getId(), "/office/exchange/placements/" + placement.getId())
                        .title(placement.getTopicDe(), placement.getTopicEn())
                        .text(placement.getDescriptionDe(), placement.getDescriptionEn())
                        .text(placement.getLanguages().stream()
                                .map(skill -> skill.language() + " " + skill.level())
                                .collect(Collectors.joining(", ")))
                        .names(placement.getMentor())
                        .facet(
                                placement.getPeriodFrom() == null
                                        ? null
                                        : SearchFacet.year(
                                                placement.getPeriodFrom().getYear()))
                        .audience(audience);
                unit(
                        units.get(placement.getHostUnitId()),
                        administrations.get(placement.getHostUnitId()),
                        document,
                        cities);
                found.add(document.build());
            }
            return found;
        });
    }

    @Bean
    SearchSource applicationSource() {
        return source("application", applications::findIdsAfter, ids -> {
            Map<Long, UnitRef> units = organisation.unitsById();
            Map<Long, PartnerCatalog.CityRef> cities = catalog.citiesById();
            List<SearchDocument> found = new ArrayList<>();
            for (Application application : applications.findAllById(ids)) {
                Set<String> audience = new LinkedHashSet<>(List.of(ADMIN));
                if (application.getApplicantId() != null) {
                    audience.add(Audience.account(application.getApplicantId()));
                }
                if (application.getSubmittedAt() != null) {
                    if (application.getSupervisorId() != null) {
                        audience.add(Audience.account(application.getSupervisorId()));
                    }
                    audience.add(Audience.hr(application.getHomeUnitId()));
                }
                var document = SearchDocument.office(
                                "application",
                                application.getId(),
                                "/office/exchange/applications/" + application.getId())
                        .title(
                                label("search.application.title", DE, application.getApplicantName()),
                                label("search.application.title", EN, application.getApplicantName()))
                        .names(application.getApplicantName())
                        .text(application.getPosition(), application.getMotivation(), application.getObjectives())
                        .facet(status("applicationStatus.", application.getStatus()))
                        .audience(audience);
                for (ApplicationStep step : application.getSteps()) {
                    document.text(step.getReason());
                }
                UnitRef home = units.get(application.getHomeUnitId());
                unit(home, null, document, cities);
                if (application.getPreferredFrom() != null) {
                    document.facet(
                            SearchFacet.year(application.getPreferredFrom().getYear()));
                }
                found.add(document.build());
            }
            return found;
        });
    }

    @Bean
    SearchSource nominationSource() {
        return source("nomination", nominations::findIdsAfter, ids -> {
            List<Nomination> all = nominations.findAllById(ids);
            Map<Long, Placement> placementsById = byId(
                    placements.findAllById(
                            all.stream().map(Nomination::getPlacementId).collect(Collectors.toSet())),
                    Placement::getId);
            Map<Long, UnitRef> units = organisation.unitsById();
            Map<Long, PartnerCatalog.CityRef> cities = catalog.citiesById();
            List<SearchDocument> found = new ArrayList<>();
            for (Nomination nomination : all) {
                Placement placement = placementsById.get(nomination.getPlacementId());
                if (placement == null) {
                    continue;
                }
                Set<String> audience = new LinkedHashSet<>(List.of(ADMIN));
                audience.add(Audience.coordinator(nomination.getAdministrationId()));
                if (placement.isIncoming()) {
                    audience.add(Audience.editor(placement.getHostUnitId()));
                }
                var document = SearchDocument.office(
                                "nomination", nomination.getId(), "/office/exchange/nominations/" + nomination.getId())
                        .title(
                                label("search.nomination.title", DE, nomination.getGuestName(), placement.getTopicDe()),
                                label("search.nomination.title", EN, nomination.getGuestName(), placement.getTopicEn()))
                        .names(nomination.getGuestName())
                        .text(
                                nomination.getGuestPosition(),
                                nomination.getGuestLanguages(),
                                nomination.getMotivation(),
                                nomination.getReason())
                        .facet(status("nominationStatus.", nomination.getStatus()))
                        .audience(audience);
                unit(units.get(placement.getHostUnitId()), null, document, cities);
                found.add(document.build());
            }
            return found;
        });
    }

    @Bean
    SearchSource staySource() {
        return source("stay", stays::findIdsAfter, ids -> {
            List<Stay> all = stays.findAllById(ids);
            Map<Long, Long> participants = participants(all);
            Map<Long, UnitRef> units = organisation.unitsById();
            Map<Long, PartnerCatalog.CityRef> cities = catalog.citiesById();
            List<SearchDocument> found = new ArrayList<>();
            for (Stay stay : all) {
                UnitRef partner = units.get(stay.getAdministrationId());
                UnitRef berlin = units.get(stay.getBerlinUnitId());
                String partnerDe = partner == null ? "" : partner.nameDe();
                String partnerEn = partner == null ? "" : partner.nameEn();
                var document = SearchDocument.office("stay", stay.getId(), "/office/exchange/stays/" + stay.getId())
                        .title(
                                label("search.stay.title", DE, stay.getGuestName(), partnerDe),
                                label("search.stay.title", EN, stay.getGuestName(), partnerEn))
                        .names(stay.getGuestName(), stay.getMentor(), partnerDe, partnerEn)
                        .text(stay.getCancelReason())
                        .facet(status("stayStatus.", stay.getStatus()))
                        .facet(
                                stay.getStartsOn() == null
                                        ? null
                                        : SearchFacet.year(stay.getStartsOn().getYear()))
                        .audience(stayAudience(stay, participants));
                partnerCity(partner, document, cities);
                unit(berlin, null, document, cities);
                found.add(document.build());
            }
            return found;
        });
    }

    @Bean
    SearchSource stayDocumentSource() {
        return source("stay-document", stayDocuments::findIdsAfter, ids -> {
            List<Object[]> rows = stayDocuments.findForSearch(ids);
            List<Stay> owners = rows.stream().map(row -> (Stay) row[1]).toList();
            Map<Long, Long> participants = participants(owners);
            List<SearchDocument> found = new ArrayList<>();
            for (Object[] row : rows) {
                long id = (Long) row[0];
                Stay stay = (Stay) row[1];
                String title = (String) row[2];
                String fileName = (String) row[3];
                found.add(SearchDocument.office("stay-document", id, "/office/exchange/stays/" + stay.getId())
                        .title(
                                label("search.stayDocument.title", DE, title, stay.getGuestName()),
                                label("search.stayDocument.title", EN, title, stay.getGuestName()))
                        .names(fileName, stay.getGuestName())
                        .audience(stayAudience(stay, participants))
                        .file(fileName, (String) row[4], () -> stayDocuments.findContent(id))
                        .build());
            }
            return found;
        });
    }

    @Bean
    SearchSource reportSource() {
        return source("report", evaluations::findIdsAfter, ids -> {
            Map<Long, UnitRef> units = organisation.unitsById();
            Map<Long, PartnerCatalog.CityRef> cities = catalog.citiesById();
            List<EvaluationRequest> all = evaluations.findAllById(ids);
            Map<Long, Programme> programmesById = byId(
                    programmes.findAllById(
                            all.stream().map(EvaluationRequest::getProgrammeId).collect(Collectors.toSet())),
                    Programme::getId);
            List<SearchDocument> found = new ArrayList<>();
            for (EvaluationRequest request : all) {
                if (request.getStatus() != EvaluationRequest.Status.ANSWERED || request.getStayId() == null) {
                    continue;
                }
                Programme programme = programmesById.get(request.getProgrammeId());
                UnitRef host = units.get(request.getHostAdministrationId());
                String code = programme == null ? "" : programme.getCode();
                String hostDe = host == null ? "" : host.nameDe();
                String hostEn = host == null ? "" : host.nameEn();
                var office = SearchDocument.office(
                                "report",
                                request.getId(),
                                "/office/exchange/stays/" + request.getStayId() + "/evaluation")
                        .title(
                                label("search.report.title", DE, code, request.getYear(), hostDe),
                                label("search.report.title", EN, code, request.getYear(), hostEn))
                        .names(code, hostDe, hostEn)
                        .text(request.getReport())
                        .facet(SearchFacet.year(request.getYear()))
                        .audience(ADMIN);
                request.getAnswers().forEach(answer -> office.text(answer.text()));
                partnerCity(host, office, cities);
                found.add(office.build());
                if (request.isPublished() && request.isConsent() && request.getReport() != null) {
                    var published = SearchDocument.published(
                                    "report", request.getId(), "/de/verwaltungsaustausch", "/en/staff-exchange")
                            .title(
                                    label("search.report.title", DE, code, request.getYear(), hostDe),
                                    label("search.report.title", EN, code, request.getYear(), hostEn))
                            .names(code, hostDe, hostEn)
                            .text(request.getReport())
                            .facet(SearchFacet.year(request.getYear()));
                    partnerCity(host, published, cities);
                    found.add(published.build());
                }
            }
            return found;
        });
    }

    private SearchDocument.Builder programmeText(SearchDocument.Builder document, Programme programme) {
        document.title(programme.getNameDe(), programme.getNameEn())
                .names(programme.getCode())
                .text(programme.getDescriptionDe(), programme.getDescriptionEn())
                .text(programme.getFundingDe(), programme.getFundingEn())
                .facet(status("programmeStatus.", programme.getStatus()));
        years(programme.getStartYear(), programme.getEndYear(), document);
        return document;
    }

    /** Who may open a stay ({@code StayService.mayView}), and so its documents and agreement. */
    private static Set<String> stayAudience(Stay stay, Map<Long, Long> participants) {
        Set<String> audience = new LinkedHashSet<>(List.of(ADMIN));
        audience.add(Audience.coordinator(stay.getAdministrationId()));
        if (stay.isIncoming()) {
            audience.add(Audience.editor(stay.getBerlinUnitId()));
        } else {
            audience.add(Audience.hr(stay.getBerlinUnitId()));
            Long participant = participants.get(stay.getId());
            if (participant != null) {
                audience.add(Audience.account(participant));
            }
        }
        return audience;
    }

    /** The participant's account of each outgoing stay, by stay id. */
    private Map<Long, Long> participants(Collection<Stay> all) {
        Set<Long> applicationIds = new HashSet<>();
        all.forEach(stay -> {
            if (stay.getApplicationId() != null) {
                applicationIds.add(stay.getApplicationId());
            }
        });
        Map<Long, Long> applicantOf = new HashMap<>();
        applications.findAllById(applicationIds).forEach(application -> {
            if (application.getApplicantId() != null) {
                applicantOf.put(application.getId(), application.getApplicantId());
            }
        });
        Map<Long, Long> byStay = new HashMap<>();
        all.forEach(stay -> {
            if (stay.getApplicationId() != null && applicantOf.containsKey(stay.getApplicationId())) {
                byStay.put(stay.getId(), applicantOf.get(stay.getApplicationId()));
            }
        });
        return byStay;
    }

    /** Berlin's staff, and the coordinators of the administrations that take part ({@code ProgrammeService}). */
    private static Set<String> programmeAudience(Programme programme) {
        Set<String> audience = new LinkedHashSet<>(Audience.BERLIN_STAFF);
        programme.getAdministrationIds().forEach(id -> audience.add(Audience.coordinator(id)));
        return audience;
    }

    private Map<Long, Programme> programmesOfCalls(Collection<Long> callIds) {
        List<Call> all = calls.findAllById(new HashSet<>(callIds));
        Map<Long, Programme> programmesById = byId(
                programmes.findAllById(all.stream().map(Call::getProgrammeId).collect(Collectors.toSet())),
                Programme::getId);
        Map<Long, Programme> byCall = new HashMap<>();
        all.forEach(call -> {
            Programme programme = programmesById.get(call.getProgrammeId());
            if (programme != null) {
                byCall.put(call.getId(), programme);
            }
        });
        return byCall;
    }

    private static void unit(
            UnitRef unit,
            UnitRef administration,
            SearchDocument.Builder document,
            Map<Long, PartnerCatalog.CityRef> cities) {
        if (unit == null) {
            return;
        }
        document.names(unit.nameDe(), unit.nameEn());
        document.facet(
                new SearchFacet(SearchFacet.Dimension.UNIT, Long.toString(unit.id()), unit.nameDe(), unit.nameEn()));
        if (administration != null && administration.id() != unit.id()) {
            document.names(administration.nameDe(), administration.nameEn());
        }
        partnerCity(administration, document, cities);
    }

    private static void partnerCity(
            UnitRef administration, SearchDocument.Builder document, Map<Long, PartnerCatalog.CityRef> cities) {
        if (administration == null || administration.partnerCityId() == null) {
            return;
        }
        PartnerCatalog.CityRef city = cities.get(administration.partnerCityId());
        if (city != null) {
            document.names(city.nameDe(), city.nameEn());
            document.facet(new SearchFacet(
                    SearchFacet.Dimension.CITY, Long.toString(city.id()), city.nameDe(), city.nameEn()));
        }
    }

    private static void years(Integer from, Integer to, SearchDocument.Builder document) {
        if (from != null) {
            int last = to == null ? from : Math.min(to, from + 30);
            for (int year = from; year <= last; year++) {
                document.facet(SearchFacet.year(year));
            }
        }
    }

    private SearchFacet status(String prefix, Enum<?> status) {
        return new SearchFacet(
                SearchFacet.Dimension.STATUS,
                status.name(),
                messages.getMessage(prefix + status.name(), null, status.name(), DE),
                messages.getMessage(prefix + status.name(), null, status.name(), EN));
    }

    private String label(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    private static <T> Map<Long, T> byId(List<T> all, Function<T, Long> id) {
        return all.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private static SearchSource source(
            String topic,
            BiFunction<Long, Limit, List<Long>> ids,
            Function<Collection<Long>, List<SearchDocument>> documents) {
        return new SearchSource() {
            @Override
            public String topic() {
                return topic;
            }

            @Override
            public List<SearchDocument> documents(Collection<Long> changed) {
                return documents.apply(changed);
            }

            @Override
            public List<Long> ids(long after, int limit) {
                return ids.apply(after, Limit.of(limit));
            }
        };
    }
}
