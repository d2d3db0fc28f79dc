package fr.passerelle.application.invoice;

import fr.passerelle.application.identity.Caller;
import fr.passerelle.domain.shared.Siret;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Inbound port: staff pay validated invoices, and register the bank accounts of training bodies. */
public interface OrderPayments {

    record BankDetails(String iban, String bic, String holder) {

        public BankDetails {
            Objects.requireNonNull(iban, "iban");
            Objects.requireNonNull(bic, "bic");
            Objects.requireNonNull(holder, "holder");
        }
    }

    /** Pays these validated invoices of one payee to its active bank account; they become paid in the same command. */
    PaymentView order(Caller caller, List<String> invoiceIds);

    TrainingBodyBankAccount registerTrainingBodyBankAccount(Caller caller, Siret siret, BankDetails details);

    Optional<TrainingBodyBankAccount> trainingBodyBankAccount(Caller caller, Siret siret);
}
