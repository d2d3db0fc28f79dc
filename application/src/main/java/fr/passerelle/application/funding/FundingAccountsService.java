package fr.passerelle.application.funding;

import fr.passerelle.application.identity.AccountDirectory;
import fr.passerelle.application.identity.Caller;
import fr.passerelle.application.identity.CallerActors;
import fr.passerelle.application.shared.Clock;
import fr.passerelle.application.shared.ResourceNotFoundException;
import fr.passerelle.domain.account.Actor;
import fr.passerelle.domain.account.ActorKind;
import fr.passerelle.domain.shared.DomainException;
import fr.passerelle.domain.shared.EstablishmentId;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * "Mes comptes": every user linked to an establishment reads its company's envelopes (whatever their rights: the
 * figures say what the company may still be granted, which everyone preparing a dossier needs); staff read and set
 * every company's. Anyone else is told the establishment does not exist.
 */
public final class FundingAccountsService implements ViewFundingAccounts, SetFundingEnvelope {

    static final String NOT_FOUND = "Cet établissement n’existe pas ou ne vous est pas accessible.";
    private static final ZoneId OPCO_TIME_ZONE = ZoneId.of("Europe/Paris");
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final FundingAccounts accounts;
    private final CallerActors actors;
    private final Clock clock;

    public FundingAccountsService(FundingAccounts accounts, AccountDirectory directory, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts);
        this.actors = new CallerActors(directory);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public CompanyFundingAccounts accountsOf(Caller caller, EstablishmentId establishment, Optional<Integer> year) {
        Actor actor = actors.actorFor(caller).orElseThrow(() -> new ResourceNotFoundException(NOT_FOUND));
        boolean linked = actor.is(ActorKind.EMPLOYER) && actor.rights().containsKey(establishment);
        if (!linked && !actor.is(ActorKind.STAFF)) {
            throw new ResourceNotFoundException(NOT_FOUND);
        }
        int shown = year.orElseGet(() -> clock.now().atZone(OPCO_TIME_ZONE).getYear());
        requireYear(shown);
        return read(establishment, shown);
    }

    @Override
    public CompanyFundingAccounts set(Caller caller, Command command) {
        Actor actor = actors.actorFor(caller).orElseThrow(() -> new ResourceNotFoundException(NOT_FOUND));
        if (!actor.is(ActorKind.STAFF)) {
            throw new DomainException("FUNDING_ACTION_FORBIDDEN", "Seuls les conseillers de l’OPCO fixent les enveloppes de financement.");
        }
        requireYear(command.year());
        accounts.companyNameOf(command.establishment()).orElseThrow(() -> new ResourceNotFoundException(NOT_FOUND));
        if (command.amount().isNegative()) {
            throw new DomainException("INVALID_ENVELOPE_AMOUNT", "Le montant d’une enveloppe ne peut pas être négatif.");
        }
        FundingEnvelope locked = accounts.lock(command.establishment(), command.source(), command.year());
        if (locked.committed().isGreaterThan(command.amount())) {
            throw new DomainException("ENVELOPE_BELOW_COMMITMENT", "L’enveloppe ne peut pas descendre sous ce qui est déjà engagé ("
                    + locked.committed().display() + ").");
        }
        Instant at = clock.now();
        accounts.setAmount(command.establishment(), command.source(), command.year(), command.amount(), actor.id(), at);
        return read(command.establishment(), command.year());
    }

    private CompanyFundingAccounts read(EstablishmentId establishment, int year) {
        String company = accounts.companyNameOf(establishment).orElseThrow(() -> new ResourceNotFoundException(NOT_FOUND));
        return new CompanyFundingAccounts(company, year, accounts.envelopesOf(establishment, year));
    }

    private static void requireYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new DomainException("INVALID_YEAR", "L’année doit être comprise entre " + FIRST_YEAR + " et " + LAST_YEAR + ".");
        }
    }
}
