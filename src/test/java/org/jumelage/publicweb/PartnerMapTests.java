package org.jumelage.publicweb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import org.jumelage.partners.PublicCity;
import org.jumelage.partners.PublishedCity;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.RelationshipType;
import org.jumelage.publicweb.PublicSiteController.CityLink;
import org.junit.jupiter.api.Test;

/** Where the public map puts each city: one pin, in the frame it lies in, placed in percent of that frame. */
class PartnerMapTests {

    private static CityLink city(
            long id, String nameDe, String nameEn, Double latitude, Double longitude, int relationships) {
        List<PublishedCity.Listing> listings = java.util.stream.IntStream.range(0, relationships)
                .mapToObj(i -> new PublishedCity.Listing(
                        i == 0 ? RelationshipType.CITY_PARTNERSHIP : RelationshipType.TECHNICAL_EXCHANGE,
                        null,
                        RelationshipStatus.ACTIVE,
                        null,
                        List.of()))
                .toList();
        PublishedCity published = new PublishedCity(
                id,
                nameEn.toLowerCase(Locale.ROOT),
                nameDe.toLowerCase(Locale.ROOT),
                nameDe,
                nameEn,
                "XX",
                latitude,
                longitude,
                listings);
        return new CityLink(published, "/en/city-partnerships/" + published.slugEn());
    }

    @Test
    void europeanCitiesAreDrawnOnTheEnlargedEuropeAndTheOthersOnTheWorld() {
        CityLink madrid = city(1, "Madrid", "Madrid", 40.4168, -3.7038, 2);
        CityLink warsaw = city(2, "Warschau", "Warsaw", 52.2297, 21.0122, 1);
        CityLink tokyo = city(3, "Tokio", "Tokyo", 35.6762, 139.6503, 1);
        CityLink unplaced = city(4, "Ohne Ort", "Nowhere", null, null, 1);

        PartnerMap map =
                PartnerMap.of(List.of(madrid, warsaw, tokyo, unplaced), Locale.ENGLISH, "Berlin", 52.52, 13.405);

        assertThat(map.europe()).extracting(PartnerMap.Pin::name).containsExactly("Madrid", "Warsaw");
        assertThat(map.world()).extracting(PartnerMap.Pin::name).containsExactly("Tokyo");
        // Madrid has two relationships and is still one pin.
        assertThat(map.europe().getFirst().link()).isSameAs(madrid);
        assertThat(map.homeInEurope()).isTrue();
        assertThat(map.home().name()).isEqualTo("Berlin");
    }

    @Test
    void aPinsLabelNamesEachKindOnceAndCountsTheKindsACityHasSeveralTimes() {
        PublicCity.Holder district = new PublicCity.Holder(7, "Bezirk Mitte", "Mitte district");
        PublicCity.Holder department = new PublicCity.Holder(8, "Senatsverwaltung", "Senate department");
        List<PublishedCity.Listing> listings = List.of(
                listing(RelationshipType.CITY_PARTNERSHIP, null),
                listing(RelationshipType.PROJECT_PARTNERSHIP, district),
                listing(RelationshipType.TECHNICAL_EXCHANGE, department),
                listing(RelationshipType.PROJECT_PARTNERSHIP, department),
                listing(RelationshipType.PROJECT_PARTNERSHIP, null));
        PublishedCity posen =
                new PublishedCity(1, "poznan", "posen", "Posen", "Poznań", "PL", 52.4064, 16.9252, listings);

        PartnerMap map = PartnerMap.of(
                List.of(new CityLink(posen, "/en/city-partnerships/poznan")), Locale.ENGLISH, null, null, null);

        assertThat(map.europe().getFirst().labelParts())
                .containsExactly(
                        new PartnerMap.LabelPart(RelationshipType.CITY_PARTNERSHIP, 1, null),
                        new PartnerMap.LabelPart(RelationshipType.PROJECT_PARTNERSHIP, 3, null),
                        new PartnerMap.LabelPart(RelationshipType.TECHNICAL_EXCHANGE, 1, department));
    }

    private static PublishedCity.Listing listing(RelationshipType type, PublicCity.Holder holder) {
        return new PublishedCity.Listing(type, holder, RelationshipStatus.ACTIVE, null, List.of());
    }

    @Test
    void aPinSitsInPercentOfItsFrame() {
        PartnerMap map = PartnerMap.of(
                List.of(
                        city(1, "Madrid", "Madrid", 40.4168, -3.7038, 1),
                        city(3, "Tokio", "Tokyo", 35.6762, 139.6503, 1)),
                Locale.GERMAN,
                "Berlin",
                52.52,
                13.405);

        // Europe runs from 12° W to 42° E and from 35° N to 62° N.
        PartnerMap.Pin madrid = map.europe().getFirst();
        assertThat(madrid.left()).isCloseTo((-3.7038 + 12) / 54 * 100, within(1e-9));
        assertThat(madrid.top()).isCloseTo((62 - 40.4168) / 27 * 100, within(1e-9));
        assertThat(madrid.style()).isEqualTo("left:15.363%;top:79.938%");
        PartnerMap.Pin tokyo = map.world().getFirst();
        assertThat(tokyo.left()).isCloseTo((139.6503 + 180) / 360 * 100, within(1e-9));
        assertThat(tokyo.side()).isEqualTo("east");
        assertThat(madrid.side()).isEqualTo("west");
        assertThat(map.home().style()).isEqualTo("left:47.046%;top:35.111%");
    }

    @Test
    void theFramesKeepTheWorldsProportionsSoThatOnePictureServesBoth() {
        assertThat(PartnerMap.WORLD.viewBox()).isEqualTo("0 0 360 180");
        assertThat(PartnerMap.EUROPE.viewBox()).isEqualTo("168 28 54 27");
        assertThat(PartnerMap.EUROPE.width() / PartnerMap.EUROPE.height()).isEqualTo(2.0);
    }

    @Test
    void withoutTheHomeCitysCoordinatesNothingIsMarked() {
        PartnerMap map = PartnerMap.of(List.of(), Locale.GERMAN, "Berlin", null, null);

        assertThat(map.home()).isNull();
        assertThat(map.world()).isEmpty();
        assertThat(map.europe()).isEmpty();
    }
}
