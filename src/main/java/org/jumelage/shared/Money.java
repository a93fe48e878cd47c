package org.jumelage.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency, to its smallest unit (the cent for the euro), never a floating-point number:
 * sums of amounts add up to the cent. An amount with more decimals than its currency has is refused rather than
 * rounded silently; where a rate times days must be rounded, {@link #rounded} says how.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        try {
            amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException tooPrecise) {
            throw new IllegalArgumentException(
                    amount + " has more decimals than " + currency.getCurrencyCode() + " has", tooPrecise);
        }
    }

    /** An amount as written with a decimal point, e.g. {@code Money.of("1234.50", "EUR")}. */
    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** The amount rounded half up to the currency's smallest unit (a computed amount, such as a rate times days). */
    public static Money rounded(BigDecimal amount, Currency currency) {
        return new Money(amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP), currency);
    }

    public Money plus(Money other) {
        return new Money(amount.add(same(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(same(other).amount), currency);
    }

    /** This amount times a whole number (a daily rate times days). */
    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** The sum of the amounts, all in the currency; zero for none. */
    public static Money sum(Collection<Money> amounts, Currency currency) {
        Money total = zero(currency);
        for (Money money : amounts) {
            total = total.plus(money);
        }
        return total;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(same(other).amount);
    }

    private Money same(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(
                    "cannot combine " + currency.getCurrencyCode() + " and " + other.currency.getCurrencyCode());
        }
        return other;
    }

    /** {@code 1234.50 EUR}: the amount to its smallest unit and the currency's code. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
