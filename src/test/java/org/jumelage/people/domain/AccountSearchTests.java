package org.jumelage.people.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The account list's search, on the demo accounts and the real schema (also PostgreSQL in CI). */
@SpringBootTest
@ActiveProfiles("test")
@Tag("database")
class AccountSearchTests {

    @Autowired
    AccountService accounts;

    @Test
    void findsByUserNameNameOrEMailInAnyCaseSortedAndPaged() {
        var all = accounts.search("", 0);
        assertThat(all.getTotalElements()).isEqualTo(accounts.all().size());
        assertThat(all.getContent()).extracting(Account::getUsername).isSorted();

        assertThat(accounts.search("EDIT", 0).getContent())
                .extracting(Account::getUsername)
                .contains("editor");
        Account admin = accounts.all().stream()
                .filter(a -> a.getUsername().equals("admin"))
                .findFirst()
                .orElseThrow();
        String namePart = admin.getDisplayName().substring(1, 4).toUpperCase();
        assertThat(accounts.search(namePart, 0).getContent())
                .extracting(Account::getId)
                .contains(admin.getId());
        String mailPart = admin.getEmail().substring(0, admin.getEmail().indexOf('@'));
        assertThat(accounts.search(" " + mailPart + " ", 0).getContent())
                .extracting(Account::getId)
                .contains(admin.getId());
    }

    @Test
    void wildcardsAreTakenLiterally() {
        assertThat(accounts.search("%", 0).getContent()).isEmpty();
        assertThat(accounts.search("_", 0).getContent()).isEmpty();
        assertThat(accounts.search("\\", 0).getContent()).isEmpty();
    }
}
