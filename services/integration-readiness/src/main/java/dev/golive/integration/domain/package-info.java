/**
 * The domain of integration readiness, in plain Java: the integrations of the upgraded system
 * (payment providers, carriers, marketplaces, websites, bank feeds, e-mail, custom APIs), their
 * readiness checklists, the cross-check with the upgrade summary, the rules and verdicts of
 * automated probes, the address policy that keeps probes from reaching into the network, and the
 * readiness of each integration and of the cutover.
 * No framework types and no I/O: time and dates come in as arguments, never from a clock or the
 * JVM's zone here; addresses come in already resolved, never looked up here.
 */
package dev.golive.integration.domain;
