package dev.golive.staging.webhook;

/** A webhook call whose signature is missing or does not match the cutover's secret. */
public class InvalidSignatureException extends RuntimeException {

    public InvalidSignatureException() {
        super("The webhook-signature header is missing or is not a signature of this webhook-id, webhook-timestamp (within "
                + "5 minutes of now) and body with the cutover's secret (Standard Webhooks)");
    }
}
