/**
 * The domain of the cutover planner, in plain Java: the go-live window calculus (wall-clock
 * times in IANA zones resolved with explicit daylight-saving rules, the policy's rules, the
 * eligibility of a weekend and the proposals), the go/no-go gates and their recommendation, the
 * cutover's life cycle and how the weekend moves it, its upgrade path and the rules of its fields.
 * No framework types: time comes in as {@link java.time.Instant} arguments, never from a clock here.
 * Besides the JDK and {@code dev.golive.problems.field}, it uses a few plain values of the
 * cutover contract (policy, blackout, milestone, time rule, status); ArchitectureTest names them.
 */
package dev.golive.planner.domain;
