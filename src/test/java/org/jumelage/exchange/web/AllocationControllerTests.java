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
