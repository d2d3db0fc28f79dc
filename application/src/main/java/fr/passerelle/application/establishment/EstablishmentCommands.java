package fr.passerelle.application.establishment;

import fr.passerelle.application.document.UploadedFile;
import fr.passerelle.domain.establishment.BankAccountId;
import fr.passerelle.domain.establishment.ProposedChange;
import fr.passerelle.domain.shared.Bic;
import fr.passerelle.domain.shared.Iban;

import java.util.Objects;

/** The commands on establishments that carry more than the establishment they act on. Free text is checked by the domain. */
public final class EstablishmentCommands {

    private EstablishmentCommands() {
    }

    public record RequestChange(EstablishmentRef establishment, ProposedChange change) {

        public RequestChange {
            Objects.requireNonNull(establishment, "establishment");
            Objects.requireNonNull(change, "change");
        }
    }

    public record WithReason(EstablishmentRef establishment, String reason) {

        public WithReason {
            Objects.requireNonNull(establishment, "establishment");
        }
    }

    /** @param proof the bank's statement (RIB), a PDF or an image */
    public record ProposeBankAccount(EstablishmentRef establishment, Iban iban, Bic bic, String holder, UploadedFile proof) {

        public ProposeBankAccount {
            Objects.requireNonNull(establishment, "establishment");
            Objects.requireNonNull(iban, "iban");
            Objects.requireNonNull(bic, "bic");
            Objects.requireNonNull(proof, "proof");
        }
    }

    public record OnBankAccount(EstablishmentRef establishment, BankAccountId account) {

        public OnBankAccount {
            Objects.requireNonNull(establishment, "establishment");
            Objects.requireNonNull(account, "account");
        }
    }

    public record RejectBankAccount(EstablishmentRef establishment, BankAccountId account, String reason) {

        public RejectBankAccount {
            Objects.requireNonNull(establishment, "establishment");
            Objects.requireNonNull(account, "account");
        }
    }
}
