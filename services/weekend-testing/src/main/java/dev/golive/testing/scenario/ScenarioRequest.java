package dev.golive.testing.scenario;

/**
 * Body of {@code POST} and {@code PUT /api/cutovers/{cutoverId}/scenarios}: {@code area}
 * (SALES, PURCHASE, INVENTORY, INVOICING, MANUFACTURING, REPORTING, WEBSITE, OTHER) and
 * {@code criticality} (CRITICAL, NORMAL) are read as text so that a wrong value is a 422 naming the
 * field. {@code id} is required on POST; on PUT it is the path's, and may be left out.
 */
public record ScenarioRequest(String id, String title, String area, String criticality, Integer estimatedMinutes,
                              String dependsOn) {
}
