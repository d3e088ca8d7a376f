package dev.golive.notification.domain;

/** The caller may not acknowledge this page (the REST layer answers 403). */
public class PageAcknowledgementDenied extends RuntimeException {

    public PageAcknowledgementDenied(String message) {
        super(message);
    }
}
