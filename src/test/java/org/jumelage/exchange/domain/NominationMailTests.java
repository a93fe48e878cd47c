package org.jumelage.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jumelage.exchange.NominationStatus;
import org.jumelage.mail.Mailer;
import org.jumelage.mail.OutgoingMail;
import org.jumelage.people.Organisation;
import org.jumelage.people.Role;
import org.jumelage.people.StaffDirectory;
import org.jumelage.people.StaffDirectory.StaffMember;
import org.jumelage.people.UnitKind;
import org.jumelage.people.UnitRef;
import org.jumelage.shared.InstallationProperties;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A nomination's mail: German and English parts, each in its own words (the placement's topic, the city's name). */
class NominationMailTests {

    @Test
    void eachLanguagePartUsesItsOwnTopicAndAdministrationName() {
        Nomination nomination = mock(Nomination.class);
        when(nomination.getPlacementId()).thenReturn(5L);
        when(nomination.getAdministrationId()).thenReturn(70L);
        when(nomination.getGuestName()).thenReturn("Anna Kowalska");
        Placement placement = mock(Placement.class);
        when(placement.getId()).thenReturn(5L);
        when(placement.getHostUnitId()).thenReturn(9L);
        when(placement.topic(Locale.GERMAN)).thenReturn("Radverkehrsplanung");
        when(placement.topic(Locale.ENGLISH)).thenReturn("Cycling planning");
        NominationRepository nominations = mock(NominationRepository.class);
        when(nominations.findById(3L)).thenReturn(Optional.of(nomination));
        PlacementRepository placements = mock(PlacementRepository.class);
        when(placements.findById(5L)).thenReturn(Optional.of(placement));
        StaffDirectory staff = mock(StaffDirectory.class);
        when(staff.staffWithRole(Role.ADMIN))
                .thenReturn(List.of(new StaffMember(1L, "admin", "Anna Admin", "admin@example.org", 2L)));
        Organisation organisation = mock(Organisation.class);
        when(organisation.unit(70L))
                .thenReturn(Optional.of(new UnitRef(
                        70L, null, UnitKind.PARTNER_ADMINISTRATION, "WAW", "Stadt Warschau", "City of Warsaw")));
        Mailer mailer = mock(Mailer.class);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/common", "messages/exchange");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        ExchangeMails mails = new ExchangeMails(
                mock(ApplicationRepository.class),
                nominations,
                placements,
                mock(OfferRepository.class),
                mock(AllocationEntryRepository.class),
                mock(CallService.class),
                staff,
                organisation,
                mailer,
                messages,
                Clock.systemUTC(),
                new InstallationProperties("https://jumelage.example", ZoneId.of("Europe/Berlin")),
                mock(EvaluationRequestRepository.class),
                mock(ProgrammeRepository.class));

        mails.nominationChanged(new NominationChanged(3L, NominationStatus.NOMINATED));

        ArgumentCaptor<OutgoingMail> sent = ArgumentCaptor.forClass(OutgoingMail.class);
        verify(mailer).send(sent.capture());
        String text = sent.getValue().text();
        String german = text.substring(0, text.indexOf("----"));
        String english = text.substring(text.indexOf("----"));
        assertThat(german).contains("Radverkehrsplanung", "Stadt Warschau").doesNotContain("Cycling planning");
        assertThat(english)
                .contains("Cycling planning", "City of Warsaw")
                .doesNotContain("Radverkehrsplanung", "Stadt Warschau");
        assertThat(sent.getValue().subject()).contains("„Radverkehrsplanung“", "\"Cycling planning\"");
    }
}
