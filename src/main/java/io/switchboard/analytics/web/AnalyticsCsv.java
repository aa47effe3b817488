package io.switchboard.analytics.web;

import io.switchboard.analytics.Breakdown;
import io.switchboard.analytics.Figures;
import io.switchboard.analytics.Overview;
import io.switchboard.shared.SafeCsv;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Figures as CSV for spreadsheets: one row per day (overview) or per key (breakdown), one column
 * per figure, named as in the JSON.
 */
final class AnalyticsCsv {

    // The figures' components, the unwrapped ones (ReturnFigures) in their place, as the JSON has them.
    private static final List<RecordComponent[]> FIGURES = Arrays.stream(Figures.class.getRecordComponents())
            .flatMap(c -> c.getType().isRecord()
                    ? Arrays.stream(c.getType().getRecordComponents()).map(inner -> new RecordComponent[] {c, inner})
                    : java.util.stream.Stream.<RecordComponent[]>of(new RecordComponent[] {c}))
            .toList();

    private AnalyticsCsv() {}

    static void overview(Overview overview, HttpServletResponse response) throws IOException {
        SafeCsv csv = open(response, "analytics-overview.csv");
        csv.row(header(List.of("date")));
        for (Overview.Point point : overview.series()) {
            csv.row(row(List.of(point.date().toString()), point.figures()));
        }
        csv.flush();
    }

    static void breakdown(Breakdown breakdown, HttpServletResponse response) throws IOException {
        SafeCsv csv = open(response, "analytics-" + breakdown.dimension() + ".csv");
        csv.row(header(List.of(breakdown.dimension() + "_id", "name")));
        for (Breakdown.Row row : breakdown.rows()) {
            csv.row(row(List.of(row.key(), row.name() == null ? "" : row.name()), row.figures()));
        }
        csv.flush();
    }

    private static SafeCsv open(HttpServletResponse response, String file) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        return SafeCsv.to(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }

    private static List<String> header(List<String> first) {
        List<String> cells = new ArrayList<>(first);
        FIGURES.stream().map(path -> snake(path[path.length - 1].getName())).forEach(cells::add);
        return cells;
    }

    private static List<String> row(List<String> first, Figures figures) {
        List<String> cells = new ArrayList<>(first);
        for (RecordComponent[] path : FIGURES) {
            try {
                Object value = figures;
                for (RecordComponent c : path) {
                    value = c.getAccessor().invoke(value);
                }
                cells.add(value == null ? "" : value.toString());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return cells;
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
