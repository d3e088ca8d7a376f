package dev.golive.contracts.cutover;

import java.util.List;

/**
 * The public holidays (names) a go-live weekend covers, chosen explicitly by an ops lead for
 * {@code reason}: holidays close weekends by default (docs/adr/0022-holidays-and-freeze-periods.md).
 */
public record HolidayChoice(List<String> holidays, String reason) {
}
