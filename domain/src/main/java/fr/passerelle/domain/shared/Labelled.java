package fr.passerelle.domain.shared;

/** A state or an action that can be named to a French-speaking user in an error message. */
public interface Labelled {

    String label();
}
