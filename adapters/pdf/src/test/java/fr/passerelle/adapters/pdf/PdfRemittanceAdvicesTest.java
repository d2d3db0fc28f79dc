package fr.passerelle.adapters.pdf;

import fr.passerelle.application.invoice.RemittanceAdvice;
import fr.passerelle.domain.shared.Money;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PdfRemittanceAdvicesTest {

    private final PdfRemittanceAdvices advices = new PdfRemittanceAdvices(
            new Letterhead("OPCO Démo", List.of("12 rue de la Formation", "69003 Lyon")));

    @Test
    void the_advice_lists_the_payment_and_every_invoice_it_settles() throws IOException {
        RemittanceAdvice advice = new RemittanceAdvice("8C1C5E0E", Instant.parse("2026-11-30T23:30:00Z"),
                "Institut de Formation Rhône-Alpes", "55208131700034", "FR76 •••• •••• •••• •••• •••0 189", "AGRIFRPP882",
                Money.parse("3250.50"), List.of(
                new RemittanceAdvice.Line("900000013", "Lean management", "IFRA-2026-0412", LocalDate.of(2026, 10, 5), Money.parse("2500.00")),
                new RemittanceAdvice.Line("900000012", "Soudage semi-automatique MAG", "IFRA-2026-0415", LocalDate.of(2026, 10, 9),
                        Money.parse("750.50"))));

        String text;
        try (PDDocument document = Loader.loadPDF(advices.render(advice))) {
            text = new PDFTextStripper().getText(document);
        }

        assertThat(text).contains("OPCO Démo", "Avis de paiement", "Référence du règlement : 8C1C5E0E",
                "Date du règlement : 01/12/2026", "Institut de Formation Rhône-Alpes (SIRET 55208131700034)", "AGRIFRPP882",
                "3 250,50 €", "900000013", "Lean management", "IFRA-2026-0412", "05/10/2026", "2 500,00 €",
                "IFRA-2026-0415", "750,50 €");
        assertThat(text).doesNotContain("30006000011234567890");
    }
}
