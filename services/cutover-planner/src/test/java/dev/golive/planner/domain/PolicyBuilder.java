package dev.golive.planner.domain;

import dev.golive.contracts.cutover.GoLivePolicy;

import java.lang.reflect.RecordComponent;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;

/** Test helper: a {@link GoLivePolicy} starting from the defaults, one field changed at a time. */
final class PolicyBuilder {

    private DayOfWeek downtimeDay;
    private LocalTime downtimeStartTime;
    private Duration expectedDowntime;
    private Duration technicalReview;
    private DayOfWeek weekendTestingEndDay;
    private LocalTime weekendTestingEndTime;
    private DayOfWeek businessResumeDay;
    private LocalTime businessResumeTime;
    private Duration restoreDuration;
    private Duration revalidationBuffer;
    private Duration minimumLeadTime;
    private Duration stagingRefreshBeforeDowntime;
    private Duration goNoGoBeforeDowntime;

    private PolicyBuilder(GoLivePolicy p) {
        downtimeDay = p.downtimeDay();
        downtimeStartTime = p.downtimeStartTime();
        expectedDowntime = p.expectedDowntime();
        technicalReview = p.technicalReview();
        weekendTestingEndDay = p.weekendTestingEndDay();
        weekendTestingEndTime = p.weekendTestingEndTime();
        businessResumeDay = p.businessResumeDay();
        businessResumeTime = p.businessResumeTime();
        restoreDuration = p.restoreDuration();
        revalidationBuffer = p.revalidationBuffer();
        minimumLeadTime = p.minimumLeadTime();
        stagingRefreshBeforeDowntime = p.stagingRefreshBeforeDowntime();
        goNoGoBeforeDowntime = p.goNoGoBeforeDowntime();
    }

    static PolicyBuilder defaults() {
        return new PolicyBuilder(GoLivePolicy.defaults());
    }

    /** The default policy with one record component (named as in JSON) set to null. */
    static GoLivePolicy defaultsWithout(String component) {
        GoLivePolicy d = GoLivePolicy.defaults();
        RecordComponent[] components = GoLivePolicy.class.getRecordComponents();
        if (Arrays.stream(components).noneMatch(c -> c.getName().equals(component))) {
            throw new IllegalArgumentException("no policy field " + component);
        }
        try {
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getName().equals(component) ? null : components[i].getAccessor().invoke(d);
            }
            return GoLivePolicy.class
                    .getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new))
                    .newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    PolicyBuilder downtime(DayOfWeek day, LocalTime time) {
        downtimeDay = day;
        downtimeStartTime = time;
        return this;
    }

    PolicyBuilder expectedDowntime(Duration d) {
        expectedDowntime = d;
        return this;
    }

    PolicyBuilder technicalReview(Duration d) {
        technicalReview = d;
        return this;
    }

    PolicyBuilder weekendTestingEnd(DayOfWeek day, LocalTime time) {
        weekendTestingEndDay = day;
        weekendTestingEndTime = time;
        return this;
    }

    PolicyBuilder businessResume(DayOfWeek day, LocalTime time) {
        businessResumeDay = day;
        businessResumeTime = time;
        return this;
    }

    PolicyBuilder restoreDuration(Duration d) {
        restoreDuration = d;
        return this;
    }

    PolicyBuilder revalidationBuffer(Duration d) {
        revalidationBuffer = d;
        return this;
    }

    PolicyBuilder minimumLeadTime(Duration d) {
        minimumLeadTime = d;
        return this;
    }

    PolicyBuilder stagingRefreshBeforeDowntime(Duration d) {
        stagingRefreshBeforeDowntime = d;
        return this;
    }

    PolicyBuilder goNoGoBeforeDowntime(Duration d) {
        goNoGoBeforeDowntime = d;
        return this;
    }

    GoLivePolicy build() {
        return new GoLivePolicy(downtimeDay, downtimeStartTime, expectedDowntime, technicalReview,
                weekendTestingEndDay, weekendTestingEndTime, businessResumeDay, businessResumeTime,
                restoreDuration, revalidationBuffer, minimumLeadTime, stagingRefreshBeforeDowntime,
                goNoGoBeforeDowntime);
    }
}
