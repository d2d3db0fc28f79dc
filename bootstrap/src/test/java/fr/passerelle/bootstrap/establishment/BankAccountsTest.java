package fr.passerelle.bootstrap.establishment;

import fr.passerelle.bootstrap.support.TestStack;
import fr.passerelle.bootstrap.support.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import static fr.passerelle.bootstrap.establishment.EstablishmentApi.OTHER_VALID_IBAN;
import static fr.passerelle.bootstrap.establishment.EstablishmentApi.PDF;
import static fr.passerelle.bootstrap.establishment.EstablishmentApi.PNG;
import static fr.passerelle.bootstrap.establishment.EstablishmentApi.VALID_IBAN;
import static fr.passerelle.bootstrap.establishment.EstablishmentApi.command;
import static fr.passerelle.bootstrap.establishment.EstablishmentApi.get;
import static fr.passerelle.bootstrap.establishment.EstablishmentApi.proposeBankAccount;
import static fr.passerelle.bootstrap.support.ContractValidation.api;
import static fr.passerelle.bootstrap.support.ContractValidation.multipartApi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Bank accounts (RIB) of Lyon over HTTP: proposal with its proof, staff's check, one active account at most, refusals. */
@QuarkusTest
class BankAccountsTest {

    private static final String LYON = TestStack.LYON;

    @Test
    void a_proposed_account_waits_for_staff_who_read_its_proof_and_validating_another_retires_it() {
        String first = newAccountId(proposeBankAccount(TestTokens.employer(), LYON, VALID_IBAN, "agri fr pp 882", "Mon RIB.pdf", PDF,
                "application/pdf").then().statusCode(200).extract().response());
        JsonPath proposed = get(TestTokens.employer(), LYON).jsonPath();
        assertThat(proposed.getString("bankAccounts.find { it.id == '" + first + "' }.status")).isEqualTo("PENDING_VALIDATION");
        assertThat(proposed.getString("bankAccounts.find { it.id == '" + first + "' }.iban")).isEqualTo("FR7630006000011234567890189");
        assertThat(proposed.getString("bankAccounts.find { it.id == '" + first + "' }.bic")).isEqualTo("AGRIFRPP882");

        api(TestTokens.staff()).queryParam("limit", 200).get("/api/v1/staff/bank-accounts").then().statusCode(200)
                .body("items.bankAccount.id", hasItem(first));
        Response proof = api(TestTokens.staff()).get(proofPath(first));
        proof.then().statusCode(200).contentType("application/pdf").header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename=\"RIB-81234567600009-0189.pdf\"; "
                        + "filename*=UTF-8''RIB-81234567600009-0189.pdf");
        assertThat(proof.asByteArray()).isEqualTo(PDF);
        assertThat(api(TestTokens.employer()).get(proofPath(first)).asByteArray()).isEqualTo(PDF);

        command(TestTokens.staff(), LYON, "bank-accounts/" + first + "/validate", null).then().statusCode(200)
                .body("bankAccounts.find { it.id == '" + first + "' }.status", equalTo("ACTIVE"));
        String second = newAccountId(proposeBankAccount(TestTokens.employer(), LYON, OTHER_VALID_IBAN, "COBADEFF", "rib.png", PNG,
                "image/png").then().statusCode(200).extract().response());
        command(TestTokens.staff(), LYON, "bank-accounts/" + second + "/validate", null).then().statusCode(200)
                .body("bankAccounts.find { it.id == '" + first + "' }.status", equalTo("DEACTIVATED"))
                .body("bankAccounts.find { it.id == '" + second + "' }.status", equalTo("ACTIVE"))
                .body("bankAccounts.findAll { it.status == 'ACTIVE' }", hasSize(1));
        api(TestTokens.staff()).queryParam("limit", 200).get("/api/v1/staff/bank-accounts").then().statusCode(200)
                .body("items.bankAccount.id", not(hasItem(first)));

        command(TestTokens.employer(), LYON, "bank-accounts/" + second + "/deactivate", null).then().statusCode(200)
                .body("bankAccounts.find { it.id == '" + second + "' }.status", equalTo("DEACTIVATED"));
        command(TestTokens.employer(), LYON, "bank-accounts/" + second + "/deactivate", null).then().statusCode(409);
    }

    @Test
    void staff_reject_an_account_with_a_reason_the_employer_reads() {
        String account = newAccountId(proposeBankAccount(TestTokens.employer(), LYON, VALID_IBAN, "AGRIFRPP", "rib.pdf", PDF,
                "application/pdf").then().statusCode(200).extract().response());

        command(TestTokens.staff(), LYON, "bank-accounts/" + account + "/reject", Map.of("reason", "Le RIB est illisible."))
                .then().statusCode(200);
        get(TestTokens.employer(), LYON).then().statusCode(200)
                .body("bankAccounts.find { it.id == '" + account + "' }.status", equalTo("REJECTED"))
                .body("bankAccounts.find { it.id == '" + account + "' }.rejectionReason", equalTo("Le RIB est illisible."));
        command(TestTokens.employer(), LYON, "bank-accounts/" + account + "/validate", null).then().statusCode(403);
    }

    @Test
    void an_iban_with_a_typo_and_a_wrong_bic_are_both_named_in_french() {
        proposeBankAccount(TestTokens.employer(), LYON, "FR76 3000 6000 0112 3456 7890 188", "BNP", "rib.pdf", PDF, "application/pdf")
                .then().statusCode(422)
                .body("code", equalTo("INVALID_CONTENT"))
                .body("errors.field", equalTo(java.util.List.of("iban", "bic")))
                .body("errors[0].code", equalTo("INVALID_IBAN"))
                .body("errors[0].message", containsString("est invalide"))
                .body("errors[0].message", containsString("vérifiez les caractères saisis"))
                .body("errors[1].code", equalTo("INVALID_BIC"));
        multipartApi(TestTokens.employer()).multiPart("iban", VALID_IBAN).multiPart("bic", "AGRIFRPP")
                .post("/api/v1/establishments/" + LYON + "/bank-accounts").then().statusCode(422)
                .body("errors.field", equalTo(java.util.List.of("holder", "file")));
    }

    @Test
    void a_proof_that_is_not_a_pdf_or_an_image_or_too_large_is_refused_and_nothing_is_kept() {
        int accounts = get(TestTokens.employer(), LYON).jsonPath().getList("bankAccounts").size();
        proposeBankAccount(TestTokens.employer(), LYON, VALID_IBAN, "AGRIFRPP", "rib.pdf",
                "#!/bin/sh\necho pwned\n".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .then().statusCode(415).body("code", equalTo("UNSUPPORTED_FILE_TYPE")).body("detail", containsString("RIB en PDF"));
        proposeBankAccount(TestTokens.employer(), LYON, VALID_IBAN, "AGRIFRPP", "rib.csv", "a;b\n1;2\n".getBytes(StandardCharsets.US_ASCII),
                "text/csv").then().statusCode(415);
        proposeBankAccount(TestTokens.employer(), LYON, VALID_IBAN, "AGRIFRPP", "gros.pdf", Arrays.copyOf(PDF, 1024 * 1024 + 1),
                "application/pdf").then().statusCode(413).body("code", equalTo("FILE_TOO_LARGE"));
        get(TestTokens.employer(), LYON).then().statusCode(200).body("bankAccounts", hasSize(accounts));
    }

    @Test
    void a_user_cannot_set_the_status_of_a_bank_account() {
        Response response = multipartApi(TestTokens.employer())
                .multiPart("iban", VALID_IBAN).multiPart("bic", "AGRIFRPP").multiPart("holder", "DEMO INDUSTRIE SAS")
                .multiPart("status", "ACTIVE")
                .multiPart("file", "rib.pdf", PDF, "application/pdf")
                .post("/api/v1/establishments/" + LYON + "/bank-accounts");
        String account = newAccountId(response.then().statusCode(200).extract().response());
        get(TestTokens.employer(), LYON).then()
                .body("bankAccounts.find { it.id == '" + account + "' }.status", equalTo("PENDING_VALIDATION"));
        command(TestTokens.staff(), LYON, "bank-accounts/" + account + "/reject", Map.of("reason", "Essai")).then().statusCode(200);
    }

    /** The newest account is listed first. */
    private static String newAccountId(Response establishment) {
        return establishment.path("bankAccounts[0].id");
    }

    private static String proofPath(String account) {
        return "/api/v1/establishments/" + LYON + "/bank-accounts/" + account + "/proof";
    }
}
