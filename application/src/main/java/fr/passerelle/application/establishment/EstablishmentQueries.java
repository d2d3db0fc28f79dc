package fr.passerelle.application.establishment;

import fr.passerelle.application.document.DocumentDownload;
import fr.passerelle.application.dossier.PageRequest;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.shared.Page;
import fr.passerelle.domain.establishment.BankAccountId;
import fr.passerelle.domain.shared.EstablishmentId;

import java.util.List;

/** Inbound port: the establishments a caller sees. Employers see those they are linked to; staff see them all. */
public interface EstablishmentQueries {

    /** @param words each must be found in the name (case and accents aside) or the SIRET */
    Page<EstablishmentSummary> list(Caller caller, List<String> words, PageRequest page);

    EstablishmentView view(Caller caller, EstablishmentId establishment);

    /** The proof of a bank account, for staff and users with {@code MANAGE_COMPANY} only. */
    DocumentDownload proof(Caller caller, EstablishmentId establishment, BankAccountId account);
}
