package dev.golive.staging.webhook;

/** A webhook call whose signature is missing or does not match the cutover's secret. */
public class InvalidSignatureException extends RuntimeException {

    public InvalidSignatureException() {
        super("The X-Golive-Signature header is missing or is not the signature of this body with the cutover's secret");
    }
}
