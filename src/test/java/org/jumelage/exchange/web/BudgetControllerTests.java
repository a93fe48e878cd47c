package org.jumelage.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.jumelage.exchange.domain.Stay;
import org.jumelage.exchange.domain.StayBudgets;
import org.jumelage.exchange.domain.StayService;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.domain.AccountService;
import org.jumelage.testing.Signed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The budget's pages: the office's only (a stay's budget is not found for those who cannot see the stay, forbidden
 * for those who can but are not the office), and an amount that is not one (or a date that is none) answered beside
 * its field in the reader's language, with nothing recorded.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class BudgetControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    StayService stays;

    @Autowired
    StayBudgets budgets;

    private JumelageUser demo(String username) {
        JumelageUser user = accounts.loadUser(username).orElseThrow();
        user.eraseCredentials();
        return user;
    }

    /** The demo's completed stay in Warsaw, with its costs recorded. */
    private long warsawStay() throws Exception {
        return Signed.in(
                demo("admin"),
                () -> stays.visible().stream()
                        .filter(s -> "Vera Viewer (Demo)".equals(s.getGuestName())
                                && s.getStatus() == org.jumelage.exchange.StayStatus.COMPLETED)
                        .map(Stay::getId)
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void onlyTheOfficeReachesTheBudget() throws Exception {
        String page = "/office/exchange/stays/" + warsawStay() + "/budget";
        mvc.perform(get(page).with(user(demo("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Plan und tatsächliche Kosten")))
                .andExpect(content().string(Matchers.containsString("2.166,00")));
        mvc.perform(get("/office/exchange/budget").with(user(demo("admin")))).andExpect(status().isOk());
        mvc.perform(get("/office/exchange/rates").with(user(demo("admin")))).andExpect(status().isOk());
        for (String other : List.of("staff", "editor", "viewer", "hr", "paris", "warsaw")) {
            mvc.perform(get("/office/exchange/budget").with(user(demo(other)))).andExpect(status().isForbidden());
            mvc.perform(get("/office/exchange/rates").with(user(demo(other)))).andExpect(status().isForbidden());
            mvc.perform(post(page + "/costs")
                            .with(user(demo(other)))
                            .with(csrf())
                            .param("category", "TRAVEL")
                            .param("amount", "10")
                            .param("paidOn", "2026-01-01"))
                    .andExpect(status().is(Matchers.oneOf(403, 404)));
        }
        // Vera sees her own stay, and the Warsaw coordinator the stays with Warsaw; neither sees its budget.
        mvc.perform(get(page).with(user(demo("viewer")))).andExpect(status().isForbidden());
        mvc.perform(get(page).with(user(demo("warsaw")))).andExpect(status().isForbidden());
        mvc.perform(get("/office/exchange/stays/987654/budget").with(user(demo("admin"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAmountThatIsNotOneIsAnsweredBesideItsFieldAndNothingIsRecorded() throws Exception {
        long stay = warsawStay();
        int before = Signed.in(demo("admin"), () -> budgets.costs(stay).size());
        mvc.perform(post("/office/exchange/stays/" + stay + "/budget/costs")
                        .with(user(demo("admin")))
                        .with(csrf())
                        .param("category", "TRAVEL")
                        .param("amount", "12,345,6")
                        .param("paidOn", "2026-01-01")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Please enter an amount, for example 1,234.50")));
        mvc.perform(post("/office/exchange/stays/" + stay + "/budget/costs")
                        .with(user(demo("admin")))
                        .with(csrf())
                        .param("amount", "12,50"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Bitte wählen Sie eine Kostenart.")))
                .andExpect(content().string(Matchers.containsString("Bitte geben Sie an, wann bezahlt wurde.")));
        // A date typed the German way where the browser has no date picker: the form again, with what was typed.
        mvc.perform(post("/office/exchange/stays/" + stay + "/budget/costs")
                        .with(user(demo("admin")))
                        .with(csrf())
                        .param("category", "TRAVEL")
                        .param("amount", "12,50")
                        .param("paidOn", "31.02.2027")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Please enter a date in the form 2027-03-10.")))
                .andExpect(content().string(Matchers.containsString("value=\"12,50\"")));
        mvc.perform(post("/office/exchange/rates")
                        .with(user(demo("admin")))
                        .with(csrf())
                        .param("countryCode", "FR")
                        .param("year", "2031")
                        .param("travel", "abc")
                        .param("accommodation", "1,005")
                        .param("subsistence", "")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Please enter an amount")))
                .andExpect(content().string(Matchers.containsString("Please fill in this field.")));
        mvc.perform(post("/office/exchange/stays/" + stay + "/budget/funding")
                        .with(user(demo("admin")))
                        .with(csrf())
                        .param("funding", "EU_GRANT")
                        .param("version", "-5"))
                .andExpect(flash().attribute("failure", "budget.error.conflict"));
        assertThat(Signed.in(demo("admin"), () -> budgets.costs(stay).size())).isEqualTo(before);
        assertThat(Signed.in(demo("admin"), () -> budgets.of(stay).orElseThrow().getFunding()))
                .isEqualTo(org.jumelage.exchange.domain.StayBudget.Funding.PROGRAMME);
    }
}
