package fr.passerelle.bootstrap.web;

import io.smallrye.config.ConfigMapping;

/** What the single-page app needs to log in; read by the SPA at start-up, never baked into its build. */
@ConfigMapping(prefix = "passerelle.spa")
interface SpaSettings {

    String keycloakUrl();

    String realm();

    String clientId();
}
