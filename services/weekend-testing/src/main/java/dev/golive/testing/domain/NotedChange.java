package dev.golive.testing.domain;

/**
 * Something that changed for a power user, noted on a result: the kind and what it is (e.g. "Sales
 * > Orders > Quotations moved under Sales > Orders"). Not checked here: see {@link ChangeRules}.
 */
public record NotedChange(ChangeKind kind, String description) {
}
