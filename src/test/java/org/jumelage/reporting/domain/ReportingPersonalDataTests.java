package org.jumelage.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jumelage.people.JumelageUser;
import org.jumelage.people.Role;
import org.jumelage.people.domain.Account;
import org.jumelage.people.domain.AccountService;
import org.jumelage.shared.NotFound;
import org.jumelage.shared.PersonalData.DataSubject;
import org.jumelage.shared.PersonalData.Item;
import org.jumelage.testing.Signed;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The saved reports a person made are theirs (ADR 0037): in their export, and deleted with them. */
@SpringBootTest
@ActiveProfiles("test")
@Tag("database")
class ReportingPersonalDataTests {

    @Autowired
    ReportingPersonalData personalData;

    @Autowired
    SavedReports savedReports;

    @Autowired
    AccountService accounts;

    private JumelageUser user(String username) {
        JumelageUser user = accounts.loadUser(username).orElseThrow();
        user.eraseCredentials();
        return user;
    }

    @Test
    void aPersonsSavedReportsAreInTheirExportAndDeletedWithThemOthersStay() throws Exception {
        String username = "rp-" + Long.toString(System.nanoTime(), 36);
        Account account = accounts.create(
                username, "Rita Report", username + "@example.org", Role.VIEWER, null, "a-long-secret-2026", false);
        DataSubject subject = new DataSubject(account.getId(), account.getUsername(), account.getEmail());
        SavedReport own = Signed.in(
                user(username), () -> savedReports.save(username + " Warschau", new ReportFilter(2020, 2024, null)));
        SavedReport others =
                Signed.in(user("admin"), () -> savedReports.save(username + " des Büros", ReportFilter.everything()));

        List<Item> items = personalData.about(subject);

        assertThat(items)
                .extracting(Item::kind, Item::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SavedReport", String.valueOf(own.getId())));
        assertThat(items.getFirst().values())
                .containsEntry("name", username + " Warschau")
                .containsEntry("fromYear", 2020)
                .containsEntry("toYear", 2024)
                .containsEntry("createdBy", username)
                .containsKey("createdAt");
        // Reports are a matter of accounts: an address alone has none.
        assertThat(personalData.about(new DataSubject(null, null, username + "@example.org")))
                .isEmpty();

        assertThat(personalData.erase(subject)).isEmpty();

        assertThatThrownBy(() -> savedReports.get(own.getId())).isInstanceOf(NotFound.class);
        SavedReport stays = savedReports.get(others.getId());
        assertThat(stays.getCreatedBy()).isEqualTo("admin");
        assertThat(personalData.about(subject)).isEmpty();
        Signed.in(user("admin"), () -> {
            savedReports.delete(stays.getId(), stays.getVersion());
            return null;
        });
    }
}
