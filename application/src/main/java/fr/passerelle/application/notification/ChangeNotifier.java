package fr.passerelle.application.notification;

import fr.passerelle.application.dossier.MessageAlerts;
import fr.passerelle.application.dossier.ThreadMessage;
import fr.passerelle.application.establishment.Establishments;
import fr.passerelle.domain.account.LinkRequestAction;
import fr.passerelle.domain.account.LinkRequestSnapshot;
import fr.passerelle.domain.account.LinkRequestStatus;
import fr.passerelle.domain.account.Right;
import fr.passerelle.domain.account.UserAccountAction;
import fr.passerelle.domain.account.UserAccountSnapshot;
import fr.passerelle.domain.account.UserAccountStatus;
import fr.passerelle.domain.dossier.DocumentType;
import fr.passerelle.domain.dossier.DossierAction;
import fr.passerelle.domain.dossier.DossierSnapshot;
import fr.passerelle.domain.dossier.DossierStatus;
import fr.passerelle.domain.dossier.MessageSide;
import fr.passerelle.domain.establishment.Establishment;
import fr.passerelle.domain.establishment.EstablishmentAction;
import fr.passerelle.domain.establishment.EstablishmentSnapshot;
import fr.passerelle.domain.establishment.EstablishmentStatus;
import fr.passerelle.domain.shared.HistoryEntry;

import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns what a use case did to an aggregate into notices, from the history entries the change appended (each
 * transition of every aggregate is in its history, with who, when, from, to and why). It is called with the stored
 * state before the change and the state being stored, in the use case's transaction, so the notifications and
 * emails commit with the change or not at all, and no use case has to remember to notify. Each notice is keyed by
 * the aggregate and the entry's position in its history, so storing the same state twice notifies once.
 *
 * <p>Who is told:
 * <ul>
 *   <li>dossier state changes: the establishment's users who see its dossiers ({@code VIEW_DOSSIERS} or
 *   {@code MANAGE_DOSSIERS}; only {@code MANAGE_DOSSIERS} when it goes back to draft, which the others do not see),
 *   except whoever made the change; documents requested, with their due date, likewise;</li>
 *   <li>staff, for what the employer does that staff must act on: a dossier submitted, documents handed back, a
 *   modification or cancellation request filed;</li>
 *   <li>the account holder when their account is approved or rejected, the requester when their link request is
 *   decided;</li>
 *   <li>the establishment's users with {@code MANAGE_COMPANY} when a change request or a bank account is decided.</li>
 * </ul>
 */
public final class ChangeNotifier implements MessageAlerts {

    private static final Set<Right> DOSSIER_READERS = Set.of(Right.VIEW_DOSSIERS, Right.MANAGE_DOSSIERS);
    private static final Set<DossierAction> STAFF_MUST_ACT = EnumSet.of(DossierAction.SUBMIT,
            DossierAction.HAND_BACK_DOCUMENTS, DossierAction.REQUEST_MODIFICATION, DossierAction.REQUEST_CANCELLATION);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final NotificationPublisher publisher;
    private final Establishments establishments;

    public ChangeNotifier(NotificationPublisher publisher, Establishments establishments) {
        this.publisher = Objects.requireNonNull(publisher);
        this.establishments = Objects.requireNonNull(establishments);
    }

    /**
     * A message posted on a dossier's thread: the other side is told (staff of the company's messages, the
     * establishment's users who see its dossiers of the OPCO's). The message a request for documents writes is not
     * posted: its audience is told of the documents requested.
     */
    @Override
    public void posted(DossierSnapshot dossier, ThreadMessage message) {
        publisher.publish(Notice.newMessage(dossier.number(), dossier.establishmentId(), message.id(),
                message.side() == MessageSide.OPCO, message.author(), message.postedAt()));
    }

    public void dossierChanged(DossierSnapshot before, DossierSnapshot after) {
        List<HistoryEntry<DossierStatus, DossierAction>> history = after.history();
        for (int index = before.history().size(); index < history.size(); index++) {
            HistoryEntry<DossierStatus, DossierAction> entry = history.get(index);
            String key = "dossier:" + after.id().value() + ":" + index;
            String number = after.number().value();
            String title = after.content().training() == null || after.content().training().title() == null
                    ? "n° " + number : "« " + after.content().training().title() + " » (n° " + number + ")";
            NotificationTarget target = NotificationTarget.dossier(after.number());
            if (STAFF_MUST_ACT.contains(entry.action())) {
                publisher.publish(new Notice(NotificationEventType.DOSSIER_STATUS_CHANGED, Audience.staff(),
                        staffTitle(entry.action(), number), staffText(entry.action(), title) + reason(entry.reason()), target,
                        key + ":staff", entry.at(), Optional.of(entry.by())));
            }
            Audience establishmentUsers = Audience.establishmentUsers(after.establishmentId(),
                    entry.to() == DossierStatus.DRAFT ? Set.of(Right.MANAGE_DOSSIERS) : DOSSIER_READERS);
            if (entry.action() == DossierAction.REQUEST_DOCUMENTS && after.documentRequest().isPresent()) {
                String due = DAY.format(after.documentRequest().get().dueDate());
                String types = after.documentRequest().get().types().stream().map(DocumentType::label).sorted()
                        .collect(Collectors.joining(", "));
                publisher.publish(new Notice(NotificationEventType.DOCUMENTS_REQUESTED, establishmentUsers,
                        "Pièces demandées avant le " + due + " : dossier " + number,
                        "L’OPCO attend pour le dossier " + title + ", au plus tard le " + due + " : " + types + "."
                                + reason(Optional.of(after.documentRequest().get().message()).filter(text -> !text.isBlank())),
                        target, key, entry.at(), Optional.of(entry.by())));
            } else if ((entry.from() != entry.to() && entry.to() != DossierStatus.DELETED)
                    || entry.action() == DossierAction.DECLINE_REQUEST) {
                publisher.publish(new Notice(NotificationEventType.DOSSIER_STATUS_CHANGED, establishmentUsers,
                        entry.action() == DossierAction.DECLINE_REQUEST ? "Dossier " + number + " : demande refusée"
                                : "Dossier " + number + " " + entry.to().label(),
                        entry.from() == entry.to() ? "L’OPCO a refusé la demande faite sur le dossier " + title + "." + reason(entry.reason())
                                : "Le dossier " + title + " est passé de l’état « " + entry.from().label() + " » à « "
                                + entry.to().label() + " »." + reason(entry.reason()),
                        target, key, entry.at(), Optional.of(entry.by())));
            }
        }
    }

    public void establishmentChanged(EstablishmentSnapshot before, EstablishmentSnapshot after) {
        List<HistoryEntry<EstablishmentStatus, EstablishmentAction>> history = after.history();
        for (int index = before.history().size(); index < history.size(); index++) {
            HistoryEntry<EstablishmentStatus, EstablishmentAction> entry = history.get(index);
            String key = "establishment:" + after.id().value() + ":" + index;
            Audience managers = Audience.establishmentUsers(after.id(), Set.of(Right.MANAGE_COMPANY));
            NotificationTarget target = NotificationTarget.establishment(after.id());
            String name = "« " + after.name() + " »";
            switch (entry.action()) {
                case APPROVE_CHANGE, REJECT_CHANGE -> publisher.publish(new Notice(NotificationEventType.CHANGE_REQUEST_DECIDED,
                        managers, entry.action() == EstablishmentAction.APPROVE_CHANGE ? "Modification acceptée : " + after.name()
                                : "Modification refusée : " + after.name(),
                        "La modification demandée pour l’établissement " + name + " a été "
                                + decided(entry.action() == EstablishmentAction.APPROVE_CHANGE) + " par l’OPCO." + reason(entry.reason()),
                        target, key, entry.at(), Optional.of(entry.by())));
                case VALIDATE_BANK_ACCOUNT, REJECT_BANK_ACCOUNT -> publisher.publish(new Notice(NotificationEventType.BANK_ACCOUNT_DECIDED,
                        managers, entry.action() == EstablishmentAction.VALIDATE_BANK_ACCOUNT ? "RIB validé : " + after.name()
                                : "RIB refusé : " + after.name(),
                        entry.action() == EstablishmentAction.VALIDATE_BANK_ACCOUNT
                                ? "Le compte bancaire proposé pour l’établissement " + name
                                + " a été validé : les paiements de l’OPCO y seront désormais versés."
                                : "Le compte bancaire proposé pour l’établissement " + name + " a été refusé." + reason(entry.reason()),
                        target, key, entry.at(), Optional.of(entry.by())));
                default -> {
                    // Requests filed by the establishment, closing and reopening: staff's queues show them.
                }
            }
        }
    }

    public void accountChanged(UserAccountSnapshot before, UserAccountSnapshot after) {
        var history = after.history();
        for (int index = before.history().size(); index < history.size(); index++) {
            HistoryEntry<UserAccountStatus, UserAccountAction> entry = history.get(index);
            boolean approved = entry.action() == UserAccountAction.APPROVE;
            if (approved || entry.action() == UserAccountAction.REJECT) {
                publisher.publish(new Notice(NotificationEventType.ACCOUNT_DECIDED, Audience.account(after.id()),
                        approved ? "Votre compte Passerelle est validé" : "Votre demande de compte Passerelle est refusée",
                        approved ? "L’OPCO a validé votre compte : vous pouvez suivre les dossiers de vos établissements."
                                : "L’OPCO a refusé votre demande de compte." + reason(entry.reason()),
                        NotificationTarget.account(after.id()), "account:" + after.id().value() + ":" + index, entry.at(),
                        Optional.of(entry.by())));
            }
        }
    }

    public void linkRequestChanged(LinkRequestSnapshot before, LinkRequestSnapshot after) {
        var history = after.history();
        for (int index = before.history().size(); index < history.size(); index++) {
            HistoryEntry<LinkRequestStatus, LinkRequestAction> entry = history.get(index);
            boolean approved = entry.action() == LinkRequestAction.APPROVE;
            String name = establishments.find(after.establishment()).map(Establishment::name).orElse("demandé");
            publisher.publish(new Notice(NotificationEventType.LINK_REQUEST_DECIDED, Audience.account(after.requester()),
                    approved ? "Rattachement accepté : " + name : "Rattachement refusé : " + name,
                    "Votre demande de rattachement à l’établissement « " + name + " » a été " + decided(approved)
                            + " par l’OPCO." + reason(entry.reason()),
                    approved ? NotificationTarget.establishment(after.establishment()) : NotificationTarget.linkRequest(after.id()),
                    "link-request:" + after.id().value() + ":" + index, entry.at(), Optional.of(entry.by())));
        }
    }

    private static String staffTitle(DossierAction action, String number) {
        return switch (action) {
            case SUBMIT -> "Nouveau dossier déposé : " + number;
            case HAND_BACK_DOCUMENTS -> "Pièces déposées : dossier " + number;
            case REQUEST_MODIFICATION -> "Demande de modification : dossier " + number;
            default -> "Demande d’annulation : dossier " + number;
        };
    }

    private static String staffText(DossierAction action, String title) {
        return switch (action) {
            case SUBMIT -> "Le dossier " + title + " a été déposé et attend d’être pris en instruction.";
            case HAND_BACK_DOCUMENTS -> "L’employeur a déposé les pièces demandées et renvoyé le dossier " + title + ".";
            case REQUEST_MODIFICATION -> "L’employeur demande à modifier le dossier " + title + ".";
            default -> "L’employeur demande l’annulation du dossier " + title + ".";
        };
    }

    private static String decided(boolean approved) {
        return approved ? "acceptée" : "refusée";
    }

    private static String reason(Optional<String> reason) {
        return reason.filter(text -> !text.isBlank()).map(text -> " Motif : " + text).orElse("");
    }
}
