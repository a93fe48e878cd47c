package org.jumelage.activities.web;

import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import org.jumelage.activities.domain.Activity;
import org.jumelage.activities.domain.ActivityDocuments;
import org.jumelage.activities.domain.ActivityService;
import org.jumelage.activities.domain.TestActivities;
import org.jumelage.partners.PartnerCatalog;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Organisation;
import org.jumelage.people.Role;
import org.jumelage.people.StaffDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.unit.DataSize;

/**
 * What the slice tests of an activity's part controllers share: the activity service as a mock, one planned visit
 * from Warsaw (10–11 March 2027, version {@link #LOADED}) that the editor may change, and the messages the pages
 * need. The platform's URL rules are not loaded, so "rights" here means the controller's own check. Each subclass is
 * a {@code @WebMvcTest} of one controller.
 */
@Import({ActivityPage.class, Choices.class, org.jumelage.people.StaffPicker.class})
abstract class ActivitySlice {

    static final long ID = 31L;
    static final long LOADED = 6L;
    static final String MESSAGES =
            "spring.messages.basename=messages/common,messages/people,messages/partners,messages/activities";

    final JumelageUser editor =
            new JumelageUser(2L, "eddi", "Eddi Editor", Role.EDITOR, null, true, null, false, "{noop}unused");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ActivityService activities;

    @MockitoBean
    ActivityDocuments documents;

    @MockitoBean
    PartnerCatalog catalog;

    @MockitoBean
    Organisation organisation;

    @MockitoBean
    StaffDirectory staff;

    Activity activity;

    @BeforeEach
    void oneActivityTheEditorMayChange() {
        activity = TestActivities.stored(ID, LOADED);
        when(activities.get(ID)).thenReturn(activity);
        when(activities.mayEdit(activity)).thenReturn(true);
        when(documents.versions(ID)).thenReturn(List.of());
        when(documents.maxSize()).thenReturn(DataSize.ofMegabytes(20));
        when(catalog.lists()).thenReturn(new PartnerCatalog.Lists(List.of(), java.util.Map.of(), List.of(), List.of()));
    }

    void mayNotEdit() {
        when(activities.mayEdit(activity)).thenReturn(false);
    }

    /** A button at a part of the activity's page (remove, done), with the version the editor loaded. */
    MvcTestResult press(String path) {
        return mvc.post()
                .uri("/office/activities/31" + path)
                .with(user(editor))
                .with(csrf())
                .formField("version", Long.toString(LOADED))
                .exchange();
    }
}
