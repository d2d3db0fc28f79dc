package fr.passerelle.adapters.pdf;

import fr.passerelle.application.dossier.DecisionLetter;
import fr.passerelle.application.dossier.DecisionLetter.Granted;
import fr.passerelle.application.dossier.DecisionLetter.Refused;
import fr.passerelle.application.dossier.DecisionLetters;
import fr.passerelle.domain.dossier.FundingScheme;
import fr.passerelle.domain.shared.Address;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The letter that tells a company staff's decision on its dossier: the OPCO's letterhead, the establishment, the
 * dossier's number and training, then the amount granted or the reason for the refusal, dated the day of the decision.
 */
@ApplicationScoped
class PdfDecisionLetters implements DecisionLetters {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    private final Letterhead letterhead;

    PdfDecisionLetters(Letterhead letterhead) {
        this.letterhead = letterhead;
    }

    @Override
    public byte[] write(DecisionLetter letter) {
        PdfComposer pdf = PdfComposer.under(letterhead)
                .paragraph(letter.establishmentName() + "\n" + lines(letter.address()) + "\nSIRET " + letter.siret().value())
                .paragraph("Le " + FRENCH_DATE.format(letter.date()))
                .title(letter.decision() instanceof Granted
                        ? "Accord de prise en charge" : "Refus de prise en charge")
                .field("Dossier", letter.number().value())
                .field("Dispositif", labelOf(letter.scheme()))
                .field("Formation", letter.trainingTitle().orElse("(sans intitulé)"));
        letter.trainingStart().ifPresent(start -> pdf.field("Dates", period(start, letter.trainingEnd().orElse(start))));
        letter.amountRequested().ifPresent(amount -> pdf.field("Montant demandé", amount.display()));
        pdf.space(7);
        if (letter.decision() instanceof Granted granted) {
            pdf.field("Montant accordé", granted.amount().display())
                    .space(7)
                    .paragraph("Madame, Monsieur,")
                    .paragraph("Nous avons le plaisir de vous informer que " + letterhead.name() + " prend en charge la formation "
                            + "de ce dossier à hauteur de " + granted.amount().display() + ". Ce montant est réservé sur le "
                            + "budget de formation de votre entreprise ; il sera réglé sur présentation des factures et du "
                            + "certificat de réalisation.");
        } else if (letter.decision() instanceof Refused refused) {
            pdf.field("Motif du refus", refused.reason())
                    .space(7)
                    .paragraph("Madame, Monsieur,")
                    .paragraph("Après examen de votre demande, " + letterhead.name() + " ne peut pas prendre en charge la "
                            + "formation de ce dossier, pour le motif indiqué ci-dessus. Vous pouvez nous écrire depuis la "
                            + "messagerie du dossier dans Passerelle pour toute question.");
        }
        return pdf.paragraph("Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.")
                .paragraph("Le service des prises en charge, " + letterhead.name())
                .finish();
    }

    private static String lines(Address address) {
        return address.street() + "\n" + address.postalCode() + " " + address.city();
    }

    private static String period(LocalDate start, LocalDate end) {
        return "du " + FRENCH_DATE.format(start) + " au " + FRENCH_DATE.format(end);
    }

    private static String labelOf(FundingScheme scheme) {
        return switch (scheme) {
            case PLAN -> "Plan de développement des compétences";
            case CONTRAT_PRO -> "Contrat de professionnalisation";
            case APPRENTISSAGE -> "Contrat d’apprentissage";
            case PRO_A -> "Reconversion ou promotion par alternance (Pro-A)";
            case ACTION_COLLECTIVE -> "Action collective";
        };
    }
}
