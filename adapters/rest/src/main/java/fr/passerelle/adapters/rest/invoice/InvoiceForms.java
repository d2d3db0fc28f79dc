package fr.passerelle.adapters.rest.invoice;

import fr.passerelle.adapters.rest.problem.Problem.FieldError;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.Money;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** The fields of the invoice forms (multipart), read one by one; each one that cannot be read is reported on its name. */
final class InvoiceForms {

    private InvoiceForms() {
    }

    static Optional<LocalDate> date(String text, List<FieldError> errors) {
        try {
            return Optional.of(LocalDate.parse(text == null ? "" : text.strip()));
        } catch (DateTimeParseException invalid) {
            errors.add(new FieldError("invoiceDate", "INVALID_DATE", "Indiquez la date de la facture (AAAA-MM-JJ)."));
            return Optional.empty();
        }
    }

    static Optional<Money> money(String text, List<FieldError> errors) {
        try {
            return Optional.of(Money.parse(text));
        } catch (DomainException invalid) {
            errors.add(new FieldError("amount", invalid.code(), invalid.getMessage()));
            return Optional.empty();
        }
    }
}
