package org.jumelage.exchange.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.jumelage.exchange.domain.ProgrammeService;
import org.jumelage.exchange.domain.Stay;
import org.jumelage.exchange.domain.StayService;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.domain.AccountService;
import org.jumelage.testing.Signed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The evaluation's pages: answers, questions and impact are the office's (403 for everybody else); an evaluation is
 * answered only by its own party (404 for anyone else); the impact downloads as attachments; a question without its
 * text is answered beside its field in the reader's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class EvaluationControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    StayService stays;

    @Autowired
    ProgrammeService programmes;

    @Autowired
    JdbcTemplate jdbc;

    private JumelageUser demo(String username) {
        JumelageUser user = accounts.loadUser(username).orElseThrow();
        user.eraseCredentials();
        return user;
    }

    private long eva() {
        return programmes.all().stream()
                .filter(p -> p.getCode().equals("EVA"))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    @Test
    void onlyTheOfficeReadsAnswersQuestionsAndImpact() throws Exception {
        long stay = Signed.in(
                demo("admin"),
                () -> stays.visible().stream()
                        .filter(s -> "Vera Viewer (Demo)".equals(s.getGuestName())
                                && s.getStatus() == org.jumelage.exchange.StayStatus.COMPLETED)
                        .map(Stay::getId)
                        .findFirst()
                        .orElseThrow());
        String programme = "/office/exchange/programmes/" + eva();
        mvc.perform(get("/office/exchange/stays/" + stay + "/evaluation").with(user(demo("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Acht Wochen im Grünflächenamt")));
        mvc.perform(get(programme + "/impact.xlsx").with(user(demo("admin"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andExpect(header().string(
                                "Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        mvc.perform(get(programme + "/impact.pdf").with(user(demo("admin"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")));
        for (String other : List.of("viewer", "editor", "staff", "supervisor", "hr", "warsaw")) {
            mvc.perform(get("/office/exchange/stays/" + stay + "/evaluation").with(user(demo(other))))
                    .andExpect(status().is(Matchers.oneOf(403, 404)));
            mvc.perform(get(programme + "/impact").with(user(demo(other)))).andExpect(status().isForbidden());
            mvc.perform(get(programme + "/impact.xlsx").with(user(demo(other)))).andExpect(status().isForbidden());
            mvc.perform(get(programme + "/questions").with(user(demo(other)))).andExpect(status().isForbidden());
        }
        // Vera's own, answered evaluation is not hers to open again; Warsaw's answered one neither; nobody else's.
        long request = jdbc.queryForObject(
                "select id from evaluation_request where stay_id = ? and party = 'PARTICIPANT'", Long.class, stay);
        for (String anyone : List.of("viewer", "warsaw", "paris", "staff")) {
            mvc.perform(get("/office/exchange/evaluations/" + request).with(user(demo(anyone))))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void aQuestionWithoutItsTextIsRefusedInTheReadersLanguage() throws Exception {
        long before = jdbc.queryForObject("select count(*) from evaluation_question", Long.class);
        mvc.perform(post("/office/exchange/programmes/" + eva() + "/questions")
                        .with(user(demo("admin")))
                        .with(csrf())
                        .param("party", "HOST")
                        .param("kind", "SCALE")
                        .param("textDe", "")
                        .param("textEn", "Would you host again?")
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Please give the question.")));
        org.assertj.core.api.Assertions.assertThat(
                        jdbc.queryForObject("select count(*) from evaluation_question", Long.class))
                .isEqualTo(before);
    }
}
