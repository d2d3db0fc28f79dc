package fr.passerelle.domain.establishment;

import fr.passerelle.domain.shared.Address;
import fr.passerelle.domain.shared.Email;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.HistoryEntry;
import fr.passerelle.domain.shared.Siret;
import fr.passerelle.domain.shared.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Set;

public record EstablishmentSnapshot(
        EstablishmentId id,
        Siret siret,
        String name,
        Address address,
        int companyHeadcount,
        Set<Email> contacts,
        EstablishmentStatus status,
        List<BankAccount> bankAccounts,
        List<ChangeRequest> changeRequests,
        UserId registeredBy,
        Instant registeredAt,
        List<HistoryEntry<EstablishmentStatus, EstablishmentAction>> history) {

    public EstablishmentSnapshot {
        contacts = Set.copyOf(contacts);
        bankAccounts = List.copyOf(bankAccounts);
        changeRequests = List.copyOf(changeRequests);
        history = List.copyOf(history);
    }
}
