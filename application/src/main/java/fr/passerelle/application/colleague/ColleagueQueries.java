package fr.passerelle.application.colleague;

import fr.passerelle.application.identity.Caller;
import fr.passerelle.domain.shared.EstablishmentId;
import fr.passerelle.domain.shared.UserId;

import java.util.List;

/** Inbound port: the accounts a company ADMIN manages (staff: every account), and who manages an establishment. */
public interface ColleagueQueries {

    ColleaguePage list(Caller caller, ColleagueSearch search);

    ColleagueView view(Caller caller, UserId account);

    /** The users of an establishment with their rights there, for anyone linked to it (and staff). */
    List<ColleagueSummary> usersOf(Caller caller, EstablishmentId establishment);
}
