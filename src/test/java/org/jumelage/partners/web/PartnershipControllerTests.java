package org.jumelage.partners.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import org.jumelage.partners.HeldBy;
import org.jumelage.partners.PartnershipQuery;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.RelationshipType;
import org.jumelage.partners.domain.City;
import org.jumelage.partners.domain.Relationship;
import org.jumelage.people.UnitKind;
import org.jumelage.people.UnitRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The registry list's "held by" filter, the holder beside the type, and the CSV's holder columns: every holder's name
 * comes from one look-up per page, never one per row.
 */
@WebMvcTest(controllers = PartnershipController.class, properties = PartSlice.MESSAGES)
@Import({PartnershipCsv.class, TemplateBeans.class})
class PartnershipControllerTests extends PartSlice {

    static final long KREUZBERG = 17L;
    static final long CHARLOTTENBURG = 19L;

    private final List<Relationship> rows =
            List.of(row(1L, "Kadıköy", null), row(2L, "Kraków", KREUZBERG), row(3L, "Lemberg", CHARLOTTENBURG));

    @BeforeEach
    void threeRelationshipsTwoOfThemHeldByDistricts() {
        List<UnitRef> districts = List.of(
                new UnitRef(
                        KREUZBERG,
                        null,
                        UnitKind.DISTRICT_OFFICE,
                        "BA-FK",
                        "Bezirksamt Friedrichshain-Kreuzberg",
                        "Friedrichshain-Kreuzberg District Office"),
                new UnitRef(
                        CHARLOTTENBURG,
                        null,
                        UnitKind.DISTRICT_OFFICE,
                        "BA-CW",
                        "Bezirksamt Charlottenburg-Wilmersdorf",
                        "Charlottenburg-Wilmersdorf District Office"));
        when(registry.possibleHolders()).thenReturn(districts);
        when(organisation.units()).thenReturn(districts);
        when(organisation.unitsById())
                .thenReturn(districts.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                UnitRef::id, java.util.function.Function.identity())));
        when(registry.search(any(), any())).thenReturn(new PageImpl<>(rows, PageRequest.of(0, 20), 3));
        when(registry.searchAll(any(), any())).thenReturn(rows);
    }

    private static Relationship row(long id, String cityName, Long holder) {
        City city = mock(City.class);
        when(city.name(any())).thenReturn(cityName);
        when(city.getNameDe()).thenReturn(cityName);
        when(city.getNameEn()).thenReturn(cityName);
        when(city.getCountryCode()).thenReturn("PL");
        Relationship relationship = mock(Relationship.class);
        when(relationship.getId()).thenReturn(id);
        when(relationship.getCity()).thenReturn(city);
        when(relationship.getType()).thenReturn(RelationshipType.CITY_PARTNERSHIP);
        when(relationship.getStatus()).thenReturn(RelationshipStatus.ACTIVE);
        when(relationship.getHolderUnitId()).thenReturn(holder);
        when(relationship.heldByWholeCity()).thenReturn(holder == null);
        return relationship;
    }

    private HeldBy filterPassedOn() {
        ArgumentCaptor<PartnershipQuery> query = ArgumentCaptor.forClass(PartnershipQuery.class);
        verify(registry).search(query.capture(), any());
        return query.getValue().holder();
    }

    @Test
    void theListFiltersByTheCityAsAWhole() {
        MvcTestResult result = list("holder", "city");

        assertThat(result).hasStatusOk();
        assertThat(filterPassedOn()).isEqualTo(HeldBy.WHOLE_CITY);
        assertThat(result)
                .bodyText()
                .contains("<label class=\"kern-label\" for=\"holder\">Träger</label>")
                .contains("<option value=\"city\" selected=\"selected\">Die Stadt als Ganzes</option>")
                .contains("export.csv?holder=city");
    }

    @Test
    void theListFiltersByOneAdministrationAndNamesEachRowsHolderBesideItsType() throws Exception {
        MvcTestResult result = list("holder", "17");

        assertThat(filterPassedOn()).isEqualTo(HeldBy.unit(KREUZBERG));
        assertThat(result)
                .bodyText()
                .contains("<option value=\"17\" selected=\"selected\">Bezirksamt Friedrichshain-Kreuzberg</option>")
                .contains("Träger: Bezirksamt Friedrichshain-Kreuzberg")
                .contains("Träger: Bezirksamt Charlottenburg-Wilmersdorf")
                .contains("export.csv?holder=17");
        // The whole city's relationship shows its type alone, which keeps the table compact.
        String kadikoyRow =
                result.getResponse().getContentAsString().split("Kadıköy")[1].split("</tr>")[0];
        assertThat(kadikoyRow).contains("Städtepartnerschaft").doesNotContain("Träger");
    }

    @Test
    void aPageNamesAllItsHoldersWithOneLookUp() {
        assertThat(list("holder", "")).hasStatusOk();

        assertThat(filterPassedOn()).isNull();
        verify(registry, times(1)).possibleHolders();
        verify(organisation, never()).unit(anyLong());
    }

    @Test
    void theHtmxFragmentNamesTheHoldersToo() {
        MvcTestResult result = mvc.get()
                .uri("/office/partnerships")
                .queryParam("holder", "17")
                .header("HX-Request", "true")
                .with(user(editor))
                .exchange();

        assertThat(result).bodyText().doesNotContain("<html").contains("Träger: Bezirksamt Friedrichshain-Kreuzberg");
    }

    @Test
    void theListIsInEnglishToo() {
        MvcTestResult result = list("lang", "en");

        assertThat(result)
                .bodyText()
                .contains("<label class=\"kern-label\" for=\"holder\">Held by</label>")
                .contains("The city as a whole")
                .contains("Held by: Friedrichshain-Kreuzberg District Office");
    }

    @Test
    void aHolderFilterThatIsNeitherTheCityNorAUnitIsRefused() {
        assertThat(list("holder", "district")).hasStatus(400);
        verify(registry, never()).search(any(), any());
    }

    @Test
    void theCsvNamesTheHolderInBothLanguagesAndLeavesItEmptyForTheCityAsAWhole() throws Exception {
        MvcTestResult result = mvc.get()
                .uri("/office/partnerships/export.csv")
                .queryParam("holder", "17")
                .with(user(editor))
                .exchange();

        String[] lines = result.getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
                .split("\r\n");
        assertThat(lines[0]).endsWith(",Öffentlich,Träger (Deutsch),Träger (Englisch)");
        assertThat(lines[1]).startsWith("1,Kadıköy,").endsWith(",nein,,");
        assertThat(lines[2])
                .startsWith("2,Kraków,")
                .endsWith(",nein,Bezirksamt Friedrichshain-Kreuzberg,Friedrichshain-Kreuzberg District Office");
        verify(organisation, times(1)).units();
        verify(organisation, never()).unit(anyLong());
    }

    private MvcTestResult list(String parameter, String value) {
        return mvc.get()
                .uri("/office/partnerships")
                .queryParam(parameter, value)
                .with(user(editor))
                .exchange();
    }
}
