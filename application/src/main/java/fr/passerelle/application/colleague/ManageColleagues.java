package fr.passerelle.application.colleague;

import fr.passerelle.application.colleague.ColleagueCommands.ChangeRights;
import fr.passerelle.application.colleague.ColleagueCommands.GiveUpAdmin;
import fr.passerelle.application.colleague.ColleagueCommands.HandOverAdmin;
import fr.passerelle.application.colleague.ColleagueCommands.Invite;
import fr.passerelle.application.colleague.ColleagueCommands.InviteForTrainingBody;
import fr.passerelle.application.colleague.ColleagueCommands.InviteInImageOf;
import fr.passerelle.application.colleague.ColleagueCommands.AccountRef;
import fr.passerelle.application.colleague.ColleagueCommands.WithReason;
import fr.passerelle.application.identity.Caller;

/**
 * Inbound port: a company ADMIN manages the accounts of their establishments (staff: of every establishment).
 * Suspending and closing disable the user in the identity provider, reinstating enables it, in the same use case.
 */
public interface ManageColleagues {

    Invitation invite(Caller caller, Invite command);

    Invitation inviteInImageOf(Caller caller, InviteInImageOf command);

    /** Staff only: an account with the realm role of training bodies, speaking for the training body of this SIRET. */
    Invitation inviteForTrainingBody(Caller caller, InviteForTrainingBody command);

    ColleagueView changeRights(Caller caller, ChangeRights command);

    ColleagueView suspend(Caller caller, WithReason command);

    ColleagueView reinstate(Caller caller, AccountRef account);

    ColleagueView close(Caller caller, WithReason command);

    /** Returns the account that received ADMIN. */
    ColleagueView handOverAdmin(Caller caller, HandOverAdmin command);

    ColleagueView giveUpAdmin(Caller caller, GiveUpAdmin command);
}
