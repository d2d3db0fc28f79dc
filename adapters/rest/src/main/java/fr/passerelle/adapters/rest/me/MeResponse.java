package fr.passerelle.adapters.rest.me;

import fr.passerelle.application.identity.Role;
import fr.passerelle.application.profile.AccountStanding;
import fr.passerelle.application.profile.EstablishmentAccess;
import fr.passerelle.application.profile.MyProfile;

import java.util.List;
import java.util.UUID;

/**
 * @param accountStatus absent for a caller Passerelle keeps no account of (a partner system)
 * @param statusReason  why the account was refused, suspended or closed, as staff or an admin wrote it
 */
record MeResponse(String subject, String email, String displayName, List<String> roles,
                  List<LinkedEstablishment> establishments, UUID preferredEstablishmentId, String accountStatus,
                  String statusReason) {

    record LinkedEstablishment(UUID id, String siret, String name, boolean closed, List<String> rights) {

        static LinkedEstablishment from(EstablishmentAccess access) {
            return new LinkedEstablishment(access.establishmentId(), access.siret(), access.name(), access.closed(),
                    access.rights().stream().map(Enum::name).sorted().toList());
        }
    }

    static MeResponse from(MyProfile profile) {
        return new MeResponse(
                profile.caller().subject(),
                profile.caller().email(),
                profile.caller().displayName(),
                profile.caller().roles().stream().map(Role::realmName).sorted().toList(),
                profile.access().establishments().stream().map(LinkedEstablishment::from).toList(),
                profile.access().preferredEstablishmentId().orElse(null),
                profile.access().standing().map(standing -> standing.status().name()).orElse(null),
                profile.access().standing().flatMap(AccountStanding::reason).orElse(null));
    }
}
