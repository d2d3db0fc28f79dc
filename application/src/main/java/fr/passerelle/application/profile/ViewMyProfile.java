package fr.passerelle.application.profile;

import fr.passerelle.application.identity.Caller;

/** Inbound port: "who am I, and which establishments may I act on?" */
public interface ViewMyProfile {

    MyProfile view(Caller caller);
}
