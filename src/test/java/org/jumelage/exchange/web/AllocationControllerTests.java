package org.jumelage.exchange.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.jumelage.exchange.domain.Call;
import org.jumelage.exchange.domain.CallService;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.domain.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may reach the allocation's pages (the office only), and that bad input to them changes nothing and is answered
 * in the reader's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AllocationControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    CallService calls;

    private JumelageUser demo(String username) {
        JumelageUser user = accounts.loadUser(username).orElseThrow();
        user.eraseCredentials();
        return user;
    }

    private long callInAllocation() {
        return calls.all().stream()
                .filter(c -> c.getTitleDe().endsWith("(Vergabe)"))
                .map(Call::getId)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void onlyTheOfficeSeesTheAllocationScoresAndQuotas() throws Exception {
        String allocation = "/office/exchange/calls/" + callInAllocation() + "/allocation";
        mvc.perform(get(allocation).with(user(demo("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Bewertungsschema")));
        for (String other : java.util.List.of("staff", "editor", "viewer", "hr", "paris")) {
            mvc.perform(get(allocation).with(user(demo(other)))).andExpect(status().isForbidden());
            mvc.perform(get("/office/exchange/quotas").with(user(demo(other)))).andExpect(status().isForbidden());
            mvc.perform(post(allocation + "/propose").with(user(demo(other))).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/office/exchange/calls/" + callInAllocation() + "/allocation/entries/987654")
                        .with(user(demo("admin"))))
                .andExpect(status().isNotFound());
    }

    @Autowired
    org.jumelage.exchange.domain.StayService stays;

    /** The demo's stay in Paris: its agreement is written by the office and HR, read by its parties only. */
    @Test
    void aTrainingAgreementIsReachedOnlyByItsParties() throws Exception {
        long stay = org.jumelage.testing.Signed.in(
                demo("admin"),
                () -> stays.visible().stream()
                        .filter(s -> "Erik Editor (Demo)".equals(s.getGuestName()))
                        .findFirst()
                        .orElseThrow()
                        .getId());
        String page = "/office/exchange/stays/" + stay;
        for (String party : java.util.List.of("admin", "hr", "editor", "paris")) {
            mvc.perform(get(page).with(user(demo(party))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("Lernvereinbarung")));
            mvc.perform(get(page + "/agreement/versions/1").with(user(demo(party))))
                    .andExpect(status().isOk());
        }
        for (String other : java.util.List.of("staff", "warsaw", "viewer")) {
            mvc.perform(get(page).with(user(demo(other)))).andExpect(status().isNotFound());
            mvc.perform(get(page + "/agreement/versions/1").with(user(demo(other))))
                    .andExpect(status().isNotFound());
        }
        // Its parties read it; only the office and HR write it.
        for (String reader : java.util.List.of("editor", "paris")) {
            mvc.perform(get(page + "/agreement").with(user(demo(reader)))).andExpect(status().isForbidden());
        }
        mvc.perform(get(page + "/agreement").with(user(demo("hr")))).andExpect(status().isOk());
        // Approving for another party's side is refused.
        mvc.perform(post(page + "/agreement/approve")
                        .with(user(demo("paris")))
                        .with(csrf())
                        .param("version", "0")
                        .param("party", "SENDING"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRubricOutOfRangeIsRefusedInTheReadersLanguage() throws Exception {
        long call = callInAllocation();
        long version = calls.get(call).getVersion();
        mvc.perform(post("/office/exchange/calls/" + call + "/allocation/rubric")
                        .with(user(demo("admin")))
                        .with(csrf())
                        .param("motivation", "9")
                        .param("objectives", "3")
                        .param("languages", "2")
                        .param("firstParticipation", "1")
                        .param("transfer", "1")
                        .param("version", String.valueOf(version)))
                .andExpect(flash().attribute("failure", "rubric.error.weightRange"));
        org.assertj.core.api.Assertions.assertThat(calls.get(call).getWeights())
                .containsEntry(org.jumelage.exchange.Criterion.MOTIVATION, 3);
        mvc.perform(post("/office/exchange/quotas")
                        .with(user(demo("admin")))
                        .with(csrf())
                        .param("year", "2030")
                        .param("places", "-1")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Please give between 0 and 500 places.")))
                .andExpect(content().string(Matchers.containsString("Please choose a partner city")));
    }
}
