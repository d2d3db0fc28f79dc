package fr.passerelle.adapters.pdf;

import fr.passerelle.application.invoice.RemittanceAdvice;
import fr.passerelle.application.invoice.RemittanceAdvices;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The "avis de paiement": under the OPCO's letterhead, the payment (reference, date, amount, the account it went to,
 * its IBAN masked) and one line per invoice it settles, so that the payee can match the transfer with its books.
 */
@ApplicationScoped
class PdfRemittanceAdvices implements RemittanceAdvices {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId OPCO_TIME_ZONE = ZoneId.of("Europe/Paris");

    private final Letterhead letterhead;

    PdfRemittanceAdvices(Letterhead letterhead) {
        this.letterhead = letterhead;
    }

    @Override
    public byte[] render(RemittanceAdvice advice) {
        List<List<String>> rows = advice.lines().stream()
                .map(line -> List.of(line.dossierNumber(), line.dossierTitle(), line.invoiceNumber(), DATE.format(line.invoiceDate()),
                        line.amount().display()))
                .toList();
        return PdfComposer.under(letterhead)
                .title("Avis de paiement")
                .field("Référence du règlement", advice.paymentReference())
                .field("Date du règlement", DATE.format(advice.orderedAt().atZone(OPCO_TIME_ZONE)))
                .field("Bénéficiaire", advice.payeeName() + " (SIRET " + advice.payeeSiret() + ")")
                .field("Compte crédité", advice.maskedIban() + " – BIC " + advice.bic())
                .field("Montant total", advice.amount().display())
                .space(8)
                .paragraph("Ce règlement solde les factures suivantes :")
                .table(List.of("Dossier", "Formation", "Facture", "Date", "Montant"), new float[]{2, 5, 2.5f, 2, 2.5f}, rows)
                .space(8)
                .paragraph("Le virement apparaîtra sur votre relevé sous la référence ci-dessus. Pour toute question, "
                        + "contactez votre conseiller en rappelant cette référence.")
                .finish();
    }
}
