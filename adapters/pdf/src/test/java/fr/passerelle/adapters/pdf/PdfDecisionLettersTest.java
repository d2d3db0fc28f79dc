package fr.passerelle.adapters.pdf;

import fr.passerelle.application.dossier.DecisionLetter;
import fr.passerelle.application.dossier.DecisionLetter.Granted;
import fr.passerelle.application.dossier.DecisionLetter.Refused;
import fr.passerelle.domain.dossier.DossierNumber;
import fr.passerelle.domain.dossier.FundingScheme;
import fr.passerelle.domain.shared.Address;
import fr.passerelle.domain.shared.Money;
import fr.passerelle.domain.shared.Siret;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PdfDecisionLettersTest {

    private final PdfDecisionLetters letters = new PdfDecisionLetters(
            new Letterhead("OPCO Démo", List.of("12 rue de la Formation", "69003 Lyon")));

    @Test
    void a_grant_letter_names_the_establishment_the_dossier_the_training_the_amount_and_the_date() throws IOException {
        byte[] pdf = letters.write(letter(new Granted(Money.parse("9250.50"))));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(textOf(pdf)).contains("OPCO Démo", "12 rue de la Formation", "Démo Industrie Lyon", "SIRET 81234567600009",
                "Le 3 décembre 2026", "Accord de prise en charge", "Dossier : 900000123", "Formation : Soudure TIG",
                "Dispositif : Contrat de professionnalisation", "du 1 octobre 2026 au 30 juin 2027",
                "Montant demandé : 10 000,00 €", "Montant accordé : 9 250,50 €");
    }

    @Test
    void a_refusal_letter_gives_the_reason_and_no_amount_granted() throws IOException {
        String text = textOf(letters.write(letter(new Refused("Les conditions du dispositif ne sont pas réunies."))));

        assertThat(text).contains("Refus de prise en charge", "Dossier : 900000123",
                "Motif du refus : Les conditions du dispositif ne sont pas réunies.");
        assertThat(text).doesNotContain("Montant accordé");
    }

    private static DecisionLetter letter(DecisionLetter.Decision decision) {
        return new DecisionLetter(DossierNumber.of("900000123"), "Démo Industrie Lyon", Siret.of("81234567600009"),
                Address.of("4 quai Perrache", "69002", "Lyon"), FundingScheme.CONTRAT_PRO, Optional.of("Soudure TIG"),
                Optional.of(LocalDate.of(2026, 10, 1)), Optional.of(LocalDate.of(2027, 6, 30)),
                Optional.of(Money.parse("10000.00")), decision, LocalDate.of(2026, 12, 3));
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
