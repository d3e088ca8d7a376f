package dev.golive.messaging.testapp;

import dev.golive.messaging.cutover.CutoverProjectionRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** A service's projection of a cutover, as the tests' application keeps it. */
@Entity
@Table(name = "test_projection")
public class TestProjection extends CutoverProjectionRow {

    /** Copied from each newer window by {@link TestReactions}. */
    @Column(name = "downtime_start")
    public Instant downtimeStart;

    /** How many CutoverPlanned/CutoverUpdated reached the reaction: a redelivery must not count. */
    @Column(name = "details_changes", nullable = false)
    public int detailsChanges;
}
