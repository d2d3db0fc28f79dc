package fr.passerelle.application.invoice;

/** Outbound port: the remittance advice of a payment, as a PDF document. */
public interface RemittanceAdvices {

    byte[] render(RemittanceAdvice advice);
}
