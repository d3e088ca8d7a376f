package dev.golive.notification.delivery;

/** Where a delivery stands: waiting for (another) attempt, delivered, or given up until an admin retries it. */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED
}
