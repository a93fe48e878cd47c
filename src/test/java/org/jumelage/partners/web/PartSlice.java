package org.jumelage.partners.web;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Locale;
import org.jumelage.partners.RelationshipStatus;
import org.jumelage.partners.domain.City;
import org.jumelage.partners.domain.DocumentService;
import org.jumelage.partners.domain.RegistryService;
import org.jumelage.partners.domain.Relationship;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Organisation;
import org.jumelage.people.Role;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * What the slice tests of a relationship's part controllers share: the registry as a mock, one relationship with
 * Kraków that the editor may change (version {@link #LOADED}), and the messages the pages need. The platform's URL
 * rules are not loaded, so "rights" here means the controller's own check (may this person edit the relationship).
 * Each subclass is a {@code @WebMvcTest} of one controller.
 */
@Import({RelationshipPartPage.class, PartSlice.Today.class})
abstract class PartSlice {

    /** The slices' today: 3 December 2026 in Berlin. */
    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    static class Today {
        @org.springframework.context.annotation.Bean
        java.time.Clock clock() {
            return java.time.Clock.fixed(
                    java.time.Instant.parse("2026-12-03T09:00:00Z"), java.time.ZoneId.of("Europe/Berlin"));
        }
    }

    static final long ID = 42L;
    static final long LOADED = 4L;
    static final String MESSAGES = "spring.messages.basename=messages/common,messages/people,messages/partners";

    final JumelageUser editor =
            new JumelageUser(2L, "eddi", "Eddi Editor", Role.EDITOR, null, true, null, false, "{noop}unused");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    RegistryService registry;

    @MockitoBean
    DocumentService documents;

    @MockitoBean
    Organisation organisation;

    Relationship relationship;

    @BeforeEach
    void oneRelationshipTheEditorMayChange() {
        City krakow = mock(City.class);
        when(krakow.name(Locale.GERMAN)).thenReturn("Krakau");
        when(krakow.name(Locale.ENGLISH)).thenReturn("Kraków");
        relationship = mock(Relationship.class);
        when(relationship.getId()).thenReturn(ID);
        when(relationship.getCity()).thenReturn(krakow);
        when(relationship.getVersion()).thenReturn(LOADED);
        when(relationship.getStatus()).thenReturn(RelationshipStatus.ACTIVE);
        when(registry.get(ID)).thenReturn(relationship);
        when(registry.mayEdit(relationship)).thenReturn(true);
    }

    /** A button on the relationship's page (remove), with the version the editor loaded. */
    MvcTestResult press(String path) {
        return mvc.post()
                .uri("/office/partnerships/42" + path)
                .with(user(editor))
                .with(csrf())
                .formField("version", Long.toString(LOADED))
                .exchange();
    }

    void mayNotEdit() {
        when(registry.mayEdit(relationship)).thenReturn(false);
    }
}
