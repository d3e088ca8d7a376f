package dev.golive.notification.message;

/** A notice written for one reader: the subject line and the plain-text body. */
public record Message(String subject, String body) {
}
