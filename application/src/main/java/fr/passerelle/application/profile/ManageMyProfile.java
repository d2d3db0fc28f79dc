package fr.passerelle.application.profile;

import fr.passerelle.application.identity.Caller;

/** Inbound port: "Mon profil": contact email, phone, preferred establishment, and my establishments with my rights. */
public interface ManageMyProfile {

    MyAccount view(Caller caller);

    MyAccount update(Caller caller, ProfileUpdate update);
}
