package fr.passerelle.domain.dossier;

import java.util.Objects;
import java.util.Set;

/**
 * What the submission rules look at: the dossier's content and what is known of its company.
 *
 * @param companyEmployees the company's employee register (all its establishments)
 */
public record Submission(FundingScheme scheme, DossierContent content, int companyHeadcount, Set<EmployeeId> companyEmployees) {

    public Submission {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(content, "content");
        companyEmployees = Set.copyOf(companyEmployees);
    }
}
