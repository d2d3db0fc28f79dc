package fr.passerelle.adapters.rest.account;

import fr.passerelle.application.colleague.ColleagueLink;
import fr.passerelle.application.colleague.ColleaguePage;
import fr.passerelle.application.colleague.ColleagueSummary;
import fr.passerelle.application.colleague.ColleagueView;
import fr.passerelle.application.colleague.Invitation;
import fr.passerelle.domain.account.UserAccountSnapshot;
import fr.passerelle.domain.shared.PhoneNumber;
import fr.passerelle.domain.shared.Siret;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Accounts as the API shows them to an ADMIN or staff. */
final class UserResponses {

    private UserResponses() {
    }

    record Link(UUID establishmentId, String siret, String name, List<String> rights) {

        static List<Link> of(List<ColleagueLink> links) {
            return links.stream()
                    .map(link -> new Link(link.establishmentId().value(), link.siret(), link.name(),
                            link.rights().stream().map(Enum::name).sorted().toList()))
                    .toList();
        }
    }

    /** @param trainingBodySiret for a training body's account only: the SIRET of the training body it speaks for */
    record UserSummary(UUID id, String lastName, String firstName, String loginEmail, String status, List<Link> establishments,
                       String trainingBodySiret) {

        static UserSummary from(ColleagueSummary summary) {
            return new UserSummary(summary.id().value(), summary.name().lastName(), summary.name().firstName(),
                    summary.login().value(), summary.status().name(), Link.of(summary.links()),
                    summary.trainingBody().map(Siret::value).orElse(null));
        }
    }

    record UserPage(List<UserSummary> items, String nextCursor) {

        static UserPage from(ColleaguePage page) {
            return new UserPage(page.items().stream().map(UserSummary::from).toList(), page.nextCursor().orElse(null));
        }
    }

    record EstablishmentUsers(List<UserSummary> items) {
    }

    /**
     * @param trainingBodySiret   for a training body's account only: the SIRET of the training body it speaks for
     * @param invitationEmailSent only in the answer to an invitation: whether the invitation email left
     */
    record UserDetail(UUID id, String lastName, String firstName, String loginEmail, String contactEmail, String phone,
                      String status, boolean mustSetPassword, Instant createdAt, List<Link> establishments,
                      String trainingBodySiret, List<String> allowedActions, Boolean invitationEmailSent) {

        static UserDetail from(ColleagueView view) {
            return from(view, null);
        }

        static UserDetail from(Invitation invitation) {
            return from(invitation.colleague(), invitation.emailSent());
        }

        private static UserDetail from(ColleagueView view, Boolean invitationEmailSent) {
            UserAccountSnapshot account = view.account().snapshot();
            return new UserDetail(account.id().value(), account.name().lastName(), account.name().firstName(),
                    account.login().value(), account.contactEmail().value(), account.phone().map(PhoneNumber::value).orElse(null),
                    account.status().name(), account.passwordSetupPending(), account.createdAt(), Link.of(view.links()),
                    view.trainingBody().map(Siret::value).orElse(null),
                    view.allowedActions().stream().map(Enum::name).sorted().toList(), invitationEmailSent);
        }
    }
}
