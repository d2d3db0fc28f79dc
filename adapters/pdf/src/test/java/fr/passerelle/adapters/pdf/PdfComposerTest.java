package fr.passerelle.adapters.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PdfComposerTest {

    private static final Letterhead LETTERHEAD = new Letterhead("OPCO Démo", List.of("12 rue de la Formation", "69003 Lyon"));

    @Test
    void writesTheLetterheadAndFrenchTextThatReadsBack() throws IOException {
        byte[] pdf = PdfComposer.under(LETTERHEAD)
                .title("Décision de prise en charge")
                .field("Dossier", "123456789")
                .field("Montant accordé", "1\u202F250,00\u00A0€")
                .paragraph("Nous avons le plaisir de vous informer que l’OPCO prend en charge la formation « Soudure ».")
                .finish();

        String text = textOf(pdf);

        assertThat(text).contains("OPCO Démo", "12 rue de la Formation", "69003 Lyon", "Décision de prise en charge",
                "Dossier : 123456789", "1 250,00 €", "l’OPCO prend en charge la formation « Soudure ».");
    }

    @Test
    void replacesWhatTheStandardFontsCannotPrint() throws IOException {
        byte[] pdf = PdfComposer.under(LETTERHEAD).paragraph("Formation\tcontinue ✓").finish();

        assertThat(textOf(pdf)).contains("Formation continue ?");
    }

    @Test
    void wrapsLongTextAndContinuesTablesOnNewPagesUnderTheirHeader() throws IOException {
        List<List<String>> rows = IntStream.rangeClosed(1, 80)
                .mapToObj(i -> List.of("FAC-" + i, "Facture de formation numéro " + i + " pour la session de printemps", i + ",00 €"))
                .toList();

        byte[] pdf = PdfComposer.under(LETTERHEAD)
                .paragraph("mot ".repeat(400))
                .table(List.of("Numéro", "Libellé", "Montant"), new float[]{2, 6, 2}, rows)
                .finish();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(document.getNumberOfPages());
            stripper.setEndPage(document.getNumberOfPages());
            assertThat(stripper.getText(document)).contains("Numéro", "Libellé", "FAC-80", "80,00 €");
        }
        assertThat(textOf(pdf)).contains("FAC-1 ", "FAC-40 ", "session de");
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
