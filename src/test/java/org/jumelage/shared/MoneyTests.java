package org.jumelage.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Money adds up to the cent, refuses silent rounding and mixed currencies. */
class MoneyTests {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void manySmallAmountsAddUpToTheCent() {
        SplittableRandom random = new SplittableRandom(13);
        List<Money> amounts = new ArrayList<>();
        long cents = 0;
        for (int i = 0; i < 100_000; i++) {
            long c = random.nextLong(1, 100_000);
            cents += c;
            amounts.add(new Money(BigDecimal.valueOf(c, 2), EUR));
        }
        Money total = Money.sum(amounts, EUR);
        assertThat(total.amount()).isEqualByComparingTo(BigDecimal.valueOf(cents, 2));
    }

    @Test
    void anAmountKeepsItsCurrencysDecimalsAndRefusesMore() {
        assertThat(Money.of("12.5", "EUR").toString()).isEqualTo("12.50 EUR");
        assertThat(Money.of("1000", "JPY").toString()).isEqualTo("1000 JPY");
        assertThatThrownBy(() -> Money.of("12.345", "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.rounded(new BigDecimal("12.345"), EUR)).isEqualTo(Money.of("12.35", "EUR"));
        assertThat(Money.of("96.40", "EUR").times(61)).isEqualTo(Money.of("5880.40", "EUR"));
    }

    @Test
    void currenciesAreNeverMixed() {
        Money euros = Money.of("10.00", "EUR");
        Money zloty = Money.of("10.00", "PLN");
        assertThatThrownBy(() -> euros.plus(zloty)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> euros.compareTo(zloty)).isInstanceOf(IllegalArgumentException.class);
        assertThat(euros.minus(Money.of("10.01", "EUR")).isNegative()).isTrue();
    }

    @Test
    void amountsAreReadAsPeopleTypeThemInGermanAndEnglish() {
        assertThat(Money.parseAmount("1.234,50")).isEqualByComparingTo("1234.50");
        assertThat(Money.parseAmount("1,234.50")).isEqualByComparingTo("1234.50");
        assertThat(Money.parseAmount(" 1234.5 ")).isEqualByComparingTo("1234.5");
        assertThat(Money.parseAmount("12,50")).isEqualByComparingTo("12.50");
        assertThat(Money.parseAmount("1.234")).isEqualByComparingTo("1234");
        assertThat(Money.parseAmount("1 234 567,8")).isEqualByComparingTo("1234567.8");
        assertThat(Money.parseAmount("-40,00")).isEqualByComparingTo("-40");
        for (String wrong : new String[] {"", "12,345,6", "1.2.3", "abc", "12,", "1e5", "12.345.67", "0x10"}) {
            assertThatThrownBy(() -> Money.parseAmount(wrong)).as(wrong).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> Money.parseAmount(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAmountIsShownAndTypedInTheReadersLanguage() {
        Money amount = Money.of("1234.5", "EUR");
        assertThat(amount.display(java.util.Locale.GERMAN)).isEqualTo("1.234,50\u00a0\u20ac");
        assertThat(amount.display(java.util.Locale.ENGLISH)).isEqualTo("\u20ac1,234.50");
        assertThat(amount.typed(java.util.Locale.GERMAN)).isEqualTo("1234,50");
        assertThat(amount.typed(java.util.Locale.ENGLISH)).isEqualTo("1234.50");
    }
}
