package fr.passerelle.domain.invoice;

import fr.passerelle.domain.shared.Money;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoicePoliciesTest {

    private static final Money GRANT = Money.parse("1000.00");

    @Test
    void invoices_may_use_the_whole_grant_and_not_a_cent_more() {
        assertThatCode(() -> InvoicesStayWithinGrant.check(GRANT, Money.parse("400.00"), Money.parse("600.00"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> InvoicesStayWithinGrant.check(GRANT, Money.parse("400.00"), Money.parse("600.01")))
                .hasMessageContaining("il reste 600,00 €")
                .extracting("code").isEqualTo("INVOICE_EXCEEDS_GRANT");
    }

    @Test
    void nothing_remains_once_the_grant_is_exceeded() {
        assertThatThrownBy(() -> InvoicesStayWithinGrant.check(GRANT, Money.parse("1200.00"), Money.parse("0.01")))
                .hasMessageContaining("il reste 0,00 €");
    }

    @Test
    void each_issuer_numbers_its_invoices_uniquely() {
        assertThatCode(() -> UniqueInvoiceNumberPerIssuer.check(InvoiceNumber.of("A-2"), Set.of(InvoiceNumber.of("A-1"))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> UniqueInvoiceNumberPerIssuer.check(InvoiceNumber.of("A-1"), Set.of(InvoiceNumber.of("A-1"))))
                .extracting("code").isEqualTo("DUPLICATE_INVOICE_NUMBER");
    }

    @Test
    void invoicing_needs_a_granted_dossier_with_its_certificate_of_completion() {
        InvoiceWorld world = new InvoiceWorld();

        assertThatCode(() -> InvoiceRequiresGrantedDossier.check(world.dossier)).doesNotThrowAnyException();
        assertThatCode(() -> CertificateOfCompletionRequired.check(world.dossier)).doesNotThrowAnyException();
        assertThatThrownBy(() -> CertificateOfCompletionRequired.check(world.grantedDossier(
                fr.passerelle.domain.testing.TestData.completeContent(), false)))
                .extracting("code").isEqualTo("CERTIFICATE_OF_COMPLETION_MISSING");
        world.dossier.closeBalance(world.staff, world.tick(), Money.ZERO);
        assertThatThrownBy(() -> InvoiceRequiresGrantedDossier.check(world.dossier))
                .extracting("code").isEqualTo("DOSSIER_NOT_GRANTED");
    }
}
