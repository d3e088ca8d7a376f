package dev.golive.notification.domain;

/** The page was acknowledged by someone else, or exhausted: nothing to acknowledge (the REST layer answers 409). */
public class PageAlreadyClosed extends RuntimeException {

    public PageAlreadyClosed(String message) {
        super(message);
    }
}
