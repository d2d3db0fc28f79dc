package fr.passerelle.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of euros, to the cent. Never built from a floating-point number: a cent lost in a binary fraction is a
 * cent the OPCO cannot account for. It may be negative (a balance can be), so callers refuse negative input where
 * it matters.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,13}(\\.\\d{1,2})?");

    public Money {
        Objects.requireNonNull(amount, "amount");
        try {
            amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException moreThanCents) {
            throw invalid(amount.toPlainString());
        }
    }

    /** Reads a decimal string such as {@code "1250.00"}, {@code "1250.5"} or {@code "1250"}. */
    public static Money parse(String text) {
        if (text == null || !DECIMAL.matcher(text.strip()).matches()) {
            throw invalid(text);
        }
        return new Money(new BigDecimal(text.strip()));
    }

    public static Money euros(long euros) {
        return new Money(BigDecimal.valueOf(euros));
    }

    public static Money sum(Collection<Money> amounts) {
        Money total = ZERO;
        for (Money amount : amounts) {
            total = total.plus(amount);
        }
        return total;
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public Money atLeastZero() {
        return isNegative() ? ZERO : this;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** As a French reader expects it, e.g. « 1 250,00 € ». */
    public String display() {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        return format.format(amount).replace('\u202F', ' ').replace('\u00A0', ' ') + " €";
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }

    private static DomainException invalid(String text) {
        return new DomainException("INVALID_AMOUNT",
                "Le montant « " + text + " » n’est pas valide : indiquez des euros avec au plus deux décimales, par exemple 1250.00.");
    }
}
