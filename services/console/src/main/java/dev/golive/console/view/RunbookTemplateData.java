package dev.golive.console.view;

import dev.golive.console.runbook.RunbookBoard;
import dev.golive.console.runbook.RunbookTask;
import dev.golive.console.chart.TimelineChart;
import io.quarkus.qute.TemplateData;

/**
 * Lets the templates read the runbook's board and chart: those classes stay free of the framework,
 * so their template resolvers are declared here.
 */
@TemplateData(target = RunbookTask.class)
@TemplateData(target = RunbookBoard.class)
@TemplateData(target = RunbookBoard.Row.class)
@TemplateData(target = TimelineChart.class)
@TemplateData(target = TimelineChart.Row.class)
@TemplateData(target = TimelineChart.Bar.class)
@TemplateData(target = TimelineChart.Marker.class)
@TemplateData(target = TimelineChart.Tick.class)
@TemplateData(target = TimelineChart.Day.class)
final class RunbookTemplateData {

    private RunbookTemplateData() {
    }
}
