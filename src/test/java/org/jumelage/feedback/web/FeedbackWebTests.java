package org.jumelage.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jumelage.feedback.domain.FeedbackService;
import org.jumelage.people.domain.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FeedbackWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    FeedbackService feedback;

    @Autowired
    AccountService accounts;

    private int stored() {
        return feedback.list(false).size();
    }

    @Test
    void badInputGetsALocalisedMessageAndStoresNothing() throws Exception {
        int before = stored();
        mvc.perform(post("/en/accessibility/feedback")
                        .with(csrf())
                        .param("message", "")
                        .param("email", "not-an-address"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Please tell us which barrier you came across.")))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Please enter an e-mail address such as name@example.org")));
        mvc.perform(post("/de/barrierefreiheit/rueckmeldung").with(csrf()).param("message", "x".repeat(4001)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Der Text ist zu lang.")));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aMessageWithoutTheFormsTokenIsRefused() throws Exception {
        int before = stored();
        mvc.perform(post("/de/barrierefreiheit/rueckmeldung").param("message", "Hallo"))
                .andExpect(status().isForbidden());
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aRobotFillingTheHiddenFieldIsThankedButNothingIsStored() throws Exception {
        int before = stored();
        mvc.perform(post("/en/accessibility/feedback")
                        .with(csrf())
                        .param("message", "Cheap watches")
                        .param("website", "http://spam.example"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/en/accessibility/feedback"));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aVisitorsMessageIsStoredAndOnlyAdministratorsSeeTheInbox() throws Exception {
        int before = stored();
        mvc.perform(post("/de/barrierefreiheit/rueckmeldung")
                        .with(csrf())
                        .param("message", "Die Tabelle hat keine Überschrift.")
                        .param("email", ""))
                .andExpect(redirectedUrl("/de/barrierefreiheit/rueckmeldung"));
        assertThat(stored()).isEqualTo(before + 1);

        mvc.perform(get("/office/feedback")
                        .with(user(accounts.loadUser("editor").orElseThrow())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/office/feedback")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/office/feedback").with(user(accounts.loadUser("admin").orElseThrow())))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("Die Tabelle hat keine Überschrift.")));
    }
}
