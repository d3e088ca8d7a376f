package dev.golive.console.page;

import io.quarkus.qute.TemplateData;

/** The signed-in person as the templates see them (a plain value, taken from {@link Viewer} per request). */
@TemplateData
public record Who(String username, String name, String roles, String zone, boolean isOpsLead, boolean isOnCall,
                  boolean isTester, boolean isStakeholder, boolean isAdmin, boolean seesCockpit,
                  boolean reportsIncidents) {
}
