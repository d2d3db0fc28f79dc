package fr.passerelle.bootstrap.establishment;

import fr.passerelle.bootstrap.support.TestStack;
import fr.passerelle.bootstrap.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static fr.passerelle.bootstrap.establishment.EstablishmentApi.PDF;
import static fr.passerelle.bootstrap.establishment.EstablishmentApi.REZE;
import static fr.passerelle.bootstrap.establishment.EstablishmentApi.SAINT_NAZAIRE_SIRET;
import static fr.passerelle.bootstrap.establishment.EstablishmentApi.VALID_IBAN;
import static fr.passerelle.bootstrap.establishment.EstablishmentApi.command;
import static fr.passerelle.bootstrap.establishment.EstablishmentApi.proposeBankAccount;
import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static fr.passerelle.bootstrap.support.TestStack.LYON;
import static org.assertj.core.api.Assertions.assertThat;

/** Staff's decisions on establishments and link requests reach those concerned as notifications (issue 6). */
@QuarkusTest
class EstablishmentNotificationsTest {

    private static Map<String, Object> unread(String token, String title) {
        List<Map<String, Object>> items = api(token).queryParam("unread", true).queryParam("limit", 200).get("/api/v1/notifications")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(item -> title.equals(item.get("title"))).findFirst()
                .orElseThrow(() -> new AssertionError("No unread notification \"" + title + "\" in " + items));
    }

    @Test
    void a_validated_bank_account_is_told_to_the_establishments_managers() {
        String account = proposeBankAccount(TestTokens.employer(), LYON, VALID_IBAN, "AGRIFRPP", "rib.pdf", PDF, "application/pdf")
                .then().statusCode(200).extract().path("bankAccounts[0].id");

        command(TestTokens.staff(), LYON, "bank-accounts/" + account + "/validate", null).then().statusCode(200);

        Map<String, Object> notification = unread(TestTokens.employer(), "RIB validé : Démo Industrie – Lyon");
        assertThat(notification.get("eventType")).isEqualTo("BANK_ACCOUNT_DECIDED");
        assertThat(notification.get("target")).isEqualTo(Map.of("kind", "ESTABLISHMENT", "id", TestStack.LYON));
        command(TestTokens.employer(), LYON, "bank-accounts/" + account + "/deactivate", null).then().statusCode(200);
    }

    @Test
    void a_rejected_change_request_is_told_with_its_reason() {
        String manager = TestTokens.otherCompanyEmployer();
        command(manager, REZE, "change-requests", Map.of("name", "Atelier Petit – Rezé Gare")).then().statusCode(200);

        command(TestTokens.staff(), REZE, "change-request/reject", Map.of("reason", "Kbis manquant.")).then().statusCode(200);

        Map<String, Object> notification = unread(manager, "Modification refusée : Atelier Petit – Rezé");
        assertThat(notification.get("eventType")).isEqualTo("CHANGE_REQUEST_DECIDED");
        assertThat((String) notification.get("text")).endsWith("Motif : Kbis manquant.");
    }

    @Test
    void a_decided_link_request_is_told_to_its_requester() {
        String requester = TestTokens.employer();
        String id = api(requester).contentType("application/json").body(Map.of("siret", SAINT_NAZAIRE_SIRET))
                .post("/api/v1/link-requests").then().statusCode(201).extract().path("id");

        api(TestTokens.staff()).contentType("application/json").body(Map.of("reason", "Site d’une autre entreprise."))
                .post("/api/v1/staff/link-requests/" + id + "/reject").then().statusCode(200);

        Map<String, Object> notification = unread(requester, "Rattachement refusé : Atelier Petit – Saint-Nazaire");
        assertThat(notification.get("eventType")).isEqualTo("LINK_REQUEST_DECIDED");
        assertThat(notification.get("target")).isEqualTo(Map.of("kind", "LINK_REQUEST", "id", id));
    }
}
