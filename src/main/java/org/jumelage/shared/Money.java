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

    /**
     * How people type an amount, in German or English: digits with an optional minus, optional thousands separators
     * (point, comma or space, each before three digits) and an optional decimal part of one or two digits after a
     * point or a comma. "1.234,50", "1,234.50", "1234.5" and "12,50" are all understood; a point or comma before
     * exactly three digits at the end is a thousands separator ("1.234" is one thousand two hundred and thirty-four).
     */
    public static final String AMOUNT_PATTERN = "\\s*-?\\d{1,3}(?:[.,\\s]?\\d{3})*(?:[.,]\\d{1,2})?\\s*";

    /** An amount typed as {@link #AMOUNT_PATTERN} describes; refused otherwise. */
    public static BigDecimal parseAmount(String typed) {
        if (typed == null || typed.length() > 24 || !typed.matches(AMOUNT_PATTERN)) {
            throw new IllegalArgumentException("not an amount: " + typed);
        }
        String digits = typed.strip().replaceAll("\\s", "");
        int last = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
        String decimals = "";
        if (last >= 0 && digits.length() - last - 1 <= 2) {
            char separator = digits.charAt(last);
            decimals = digits.substring(last + 1);
            digits = digits.substring(0, last);
            if (digits.indexOf(separator) >= 0) {
                // "12,345,6": the decimal separator cannot also separate thousands.
                throw new IllegalArgumentException("not an amount: " + typed);
            }
        }
        String whole = digits.replace(".", "").replace(",", "");
        return new BigDecimal(decimals.isEmpty() ? whole : whole + "." + decimals);
    }

    /** The amount as the reader writes money: "1.234,50 €" in German, "€1,234.50" in English. */
    public String display(java.util.Locale locale) {
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(amount);
    }

    /** The amount as typed into a form in the reader's language, without the currency: "1234,50" in German. */
    public String typed(java.util.Locale locale) {
        String plain = amount.toPlainString();
        return "de".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }

    /** {@code 1234.50 EUR}: the amount to its smallest unit and the currency's code. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
