package org.jumelage.partners.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.RelationshipType;
import org.jumelage.partners.domain.CityDetails;
import org.jumelage.people.UnitKind;
import org.jumelage.people.UnitRef;
import org.jumelage.shared.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The relationship's main form: who holds it, chosen on creation and changed on editing. */
@WebMvcTest(controllers = PartnershipFormController.class, properties = PartSlice.MESSAGES)
@Import(TemplateBeans.class)
class PartnershipFormControllerTests extends PartSlice {

    static final long KREUZBERG = 17L;
    static final long ENVIRONMENT = 18L;
    static final CityDetails KRAKOW =
            new CityDetails("Krakau", "Kraków", "Kraków", "pl", "PL", 50.06, 19.94, null, false);

    @BeforeEach
    void theCitysAdministrations() {
        when(registry.possibleHolders())
                .thenReturn(List.of(
                        new UnitRef(
                                ENVIRONMENT,
                                null,
                                UnitKind.SENATE_DEPARTMENT,
                                "SENUVK",
                                "Senatsverwaltung für Umwelt",
                                "Senate Department for the Environment"),
                        new UnitRef(
                                KREUZBERG,
                                null,
                                UnitKind.DISTRICT_OFFICE,
                                "BA-FK",
                                "Bezirksamt Friedrichshain-Kreuzberg",
                                "Friedrichshain-Kreuzberg District Office")));
        when(registry.mayCreate()).thenReturn(true);
        when(registry.create(any(), any(), any(), any(), any(), any(), any(), any(), anyBoolean()))
                .thenReturn(relationship);
        when(relationship.getCity().details()).thenReturn(KRAKOW);
        when(relationship.getType()).thenReturn(RelationshipType.CITY_PARTNERSHIP);
    }

    @Test
    void theFormOffersTheCityAsAWholeAndEachOfItsAdministrations() {
        MvcTestResult result =
                mvc.get().uri("/office/partnerships/new").with(user(editor)).exchange();

        assertThat(result).hasStatusOk().hasViewName("partners/form");
        assertThat(result)
                .bodyText()
                .contains("<label class=\"kern-label\" for=\"holderUnitId\">Träger</label>")
                .contains("<option value=\"\">Die Stadt als Ganzes</option>")
                .contains("<option value=\"17\">Bezirksamt Friedrichshain-Kreuzberg</option>")
                .contains("<option value=\"18\">Senatsverwaltung für Umwelt</option>");
    }

    @Test
    void aNewRelationshipIsRecordedWithItsHolder() {
        MvcTestResult result = create(Long.toString(KREUZBERG), null);

        assertThat(result).hasRedirectedUrl("/office/partnerships/42");
        verify(registry)
                .create(
                        eq(5L),
                        any(),
                        eq(RelationshipType.CITY_PARTNERSHIP),
                        eq(KREUZBERG),
                        eq(RelationshipStatus.ACTIVE),
                        any(),
                        any(),
                        eq("Bezirkspartnerschaft"),
                        anyBoolean());
    }

    @Test
    void anEmptyChoiceMeansTheCityAsAWhole() {
        assertThat(create("", null)).hasRedirectedUrl("/office/partnerships/42");

        verify(registry).create(eq(5L), any(), any(), eq(null), any(), any(), any(), any(), anyBoolean());
    }

    @Test
    void aHolderThatIsNotOneOfTheCitysAdministrationsIsRefusedBesideTheFieldInBothLanguages() {
        when(registry.create(any(), any(), any(), eq(99L), any(), any(), any(), any(), anyBoolean()))
                .thenThrow(RuleViolation.at("holderUnitId", "relationship.error.holder"));

        MvcTestResult german = create("99", null);
        MvcTestResult english = create("99", "en");

        assertThat(german).hasStatusOk().hasViewName("partners/form");
        assertThat(german)
                .model()
                .extractingBindingResult("form")
                .hasFieldErrorCode("holderUnitId", "relationship.error.holder");
        assertThat(german)
                .bodyText()
                .contains("Bitte wählen Sie als Träger die Stadt als Ganzes oder eines ihrer Bezirksämter")
                .contains("id=\"holderUnitId-error\"")
                .contains("Bezirkspartnerschaft");
        assertThat(english)
                .bodyText()
                .contains("Please choose the city as a whole, one of its district offices or one of its Senate"
                        + " departments as the holder.");
    }

    @Test
    void aSecondRelationshipOfTheSameCityTypeAndHolderIsRefusedAlsoWhenTheDatabaseFindsIt() {
        when(registry.create(any(), any(), any(), eq(KREUZBERG), any(), any(), any(), any(), anyBoolean()))
                .thenThrow(new RuleViolation("relationship.error.duplicate"));
        when(registry.create(any(), any(), any(), eq(ENVIRONMENT), any(), any(), any(), any(), anyBoolean()))
                .thenThrow(new DataIntegrityViolationException("uk_relationship_city_type_holder"));

        for (long holder : List.of(KREUZBERG, ENVIRONMENT)) {
            MvcTestResult result = create(Long.toString(holder), null);
            assertThat(result).hasStatusOk().hasViewName("partners/form");
            assertThat(result)
                    .bodyText()
                    .contains("Mit dieser Stadt gibt es schon eine Beziehung dieser Art mit demselben Träger.")
                    .contains("<option value=\"" + holder + "\" selected=\"selected\">");
        }
    }

    @Test
    void theEditFormShowsTheHolderAndSavesAChangedOne() {
        when(relationship.getHolderUnitId()).thenReturn(KREUZBERG);

        assertThat(mvc.get().uri("/office/partnerships/42/edit").with(user(editor)))
                .bodyText()
                .contains("<option value=\"17\" selected=\"selected\">Bezirksamt Friedrichshain-Kreuzberg</option>");

        MvcTestResult result = edit(Long.toString(ENVIRONMENT));

        assertThat(result).hasRedirectedUrl("/office/partnerships/42");
        verify(registry).edit(ID, LOADED, 0L, KRAKOW, RelationshipType.CITY_PARTNERSHIP, ENVIRONMENT, "Notiz", false);
    }

    @Test
    void aRefusedHolderOnEditingStandsBesideTheFieldAndKeepsTheLoadedVersion() {
        org.mockito.Mockito.doThrow(RuleViolation.at("holderUnitId", "relationship.error.holder"))
                .when(registry)
                .edit(anyLong(), anyLong(), any(), any(), any(), eq(99L), any(), anyBoolean());

        MvcTestResult result = edit("99");

        assertThat(result)
                .model()
                .extractingBindingResult("form")
                .hasFieldErrorCode("holderUnitId", "relationship.error.holder");
        assertThat(result).bodyText().contains("name=\"version\" value=\"4\"").contains("Notiz");
    }

    @Test
    void aFormWithoutItsCheckboxesOrWithAWrongValueComesBackWithItsErrorsNotAnErrorPage() {
        // Without the checkboxes' markers (a client other than the page), and with a number that is none.
        MvcTestResult bare = mvc.post()
                .uri("/office/partnerships/new")
                .with(user(editor))
                .with(csrf())
                .formField("type", "CITY_PARTNERSHIP")
                .exchange();
        MvcTestResult wrong = mvc.post()
                .uri("/office/partnerships/new")
                .with(user(editor))
                .with(csrf())
                .formField("nameDe", "Krakau")
                .formField("latitude", "fünfzig")
                .formField("sinceYear", "neunzehnhundert")
                .formField("sinceMonth", "5")
                .exchange();

        assertThat(bare).hasStatusOk().hasViewName("partners/form");
        assertThat(bare)
                .model()
                .extractingBindingResult("form")
                .hasFieldErrorCode("nameDe", "validation.required")
                .hasFieldErrorCode("status", "validation.required");
        assertThat(wrong).hasStatusOk().hasViewName("partners/form");
        assertThat(wrong)
                .model()
                .extractingBindingResult("form")
                .hasFieldErrorCode("latitude", "typeMismatch")
                .hasFieldErrorCode("nameEn", "validation.required");
        assertThat(wrong).bodyText().contains("id=\"latitude-error\"");
        verify(registry, org.mockito.Mockito.never())
                .create(any(), any(), any(), any(), any(), any(), any(), any(), anyBoolean());
    }

    @Test
    void someoneWhoMayNotCreateIsRefusedBeforeTheFormIsRead() {
        when(registry.mayCreate()).thenReturn(false);

        assertThat(mvc.post()
                        .uri("/office/partnerships/new")
                        .with(user(editor))
                        .with(csrf())
                        .formField("latitude", "fünfzig"))
                .hasStatus(org.springframework.http.HttpStatus.FORBIDDEN);
        verify(registry, org.mockito.Mockito.never())
                .create(any(), any(), any(), any(), any(), any(), any(), any(), anyBoolean());
    }

    private MvcTestResult create(String holder, String lang) {
        var request = mvc.post()
                .uri("/office/partnerships/new")
                .with(user(editor))
                .with(csrf())
                .formField("cityId", "5")
                .formField("type", "CITY_PARTNERSHIP")
                .formField("holderUnitId", holder)
                .formField("status", "ACTIVE")
                .formField("notes", "Bezirkspartnerschaft")
                // The checkboxes' markers, as the page sends them: unticked means false.
                .formField("_region", "on")
                .formField("_publicVisible", "on");
        if (lang != null) {
            request.queryParam("lang", lang);
        }
        return request.exchange();
    }

    private MvcTestResult edit(String holder) {
        return mvc.post()
                .uri("/office/partnerships/42/edit")
                .with(user(editor))
                .with(csrf())
                .formField("version", Long.toString(LOADED))
                .formField("cityVersion", "0")
                .formField("cityId", "5")
                .formField("nameDe", KRAKOW.nameDe())
                .formField("nameEn", KRAKOW.nameEn())
                .formField("nameLocal", KRAKOW.nameLocal())
                .formField("nameLocalLang", KRAKOW.nameLocalLang())
                .formField("countryCode", KRAKOW.countryCode())
                .formField("latitude", KRAKOW.latitude().toString())
                .formField("longitude", KRAKOW.longitude().toString())
                .formField("type", "CITY_PARTNERSHIP")
                .formField("holderUnitId", holder)
                .formField("notes", "Notiz")
                .formField("_region", "on")
                .formField("_publicVisible", "on")
                .exchange();
    }
}
