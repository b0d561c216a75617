package org.vetlis.interfaces.web.qc;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.vetlis.lab.domain.qc.ControlLot;
import org.vetlis.lab.domain.qc.QcResult;
import org.vetlis.lab.domain.qc.QcVerdict;

/**
 * A Levey-Jennings chart as Chart.js reads it (PrimeFaces' p:chart): one lot and level's results in the order they
 * were measured, against the lot's mean and ±1, 2 and 3 SD. A result whose run broke a rejection rule is a red cross,
 * a warning an orange triangle; results kept while the lab's own target was worked out are grey.
 */
final class LeveyJenningsChart {

    static final String ACCEPTED = "#0f5b66";
    static final String WARNING = "#d98200";
    static final String REJECTED = "#b3261e";
    static final String ESTABLISHING = "#9aa5aa";
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private LeveyJenningsChart() {
    }

    static String of(ControlLot lot, List<QcResult> results, ZoneId zone) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        JsonArrayBuilder styles = Json.createArrayBuilder();
        JsonArrayBuilder radii = Json.createArrayBuilder();
        JsonArrayBuilder strokes = Json.createArrayBuilder();
        for (QcResult r : results) {
            labels.add(LABEL.format(r.measuredAt().atZoneSameInstant(zone)));
            values.add(r.value());
            colours.add(colour(r.verdict()));
            styles.add(r.verdict() == QcVerdict.REJECTED ? "crossRot" : r.verdict() == QcVerdict.WARNING ? "triangle" : "circle");
            radii.add(r.verdict() == QcVerdict.REJECTED || r.verdict() == QcVerdict.WARNING ? 9 : 4);
            strokes.add(r.verdict() == QcVerdict.REJECTED ? 3 : 1);
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", "Level " + lot.level() + ", lot " + lot.lotNumber()).add("data", values).add("borderColor", ACCEPTED)
                .add("pointBackgroundColor", colours).add("pointBorderColor", colours).add("pointStyle", styles).add("pointRadius", radii)
                .add("pointBorderWidth", strokes)
                .add("borderWidth", 1.5).add("tension", 0).add("order", 0));
        if (lot.targetMean() != null) {
            datasets.add(line("Mean", lot.targetMean(), 0, results.size(), "#2f4f5a", false));
            for (int k = 1; k <= 3; k++) {
                String colour = k == 1 ? "#7fa7b0" : k == 2 ? WARNING : REJECTED;
                datasets.add(line("+" + k + " SD", lot.targetMean().add(lot.targetSd().multiply(BigDecimal.valueOf(k))), k, results.size(), colour, true));
                datasets.add(line("-" + k + " SD", lot.targetMean().subtract(lot.targetSd().multiply(BigDecimal.valueOf(k))), k, results.size(), colour, true));
            }
        }
        JsonObjectBuilder y = Json.createObjectBuilder().add("title", Json.createObjectBuilder().add("display", true)
                .add("text", lot.testCode() + (lot.unit() == null ? "" : " (" + lot.unit() + ")")));
        if (lot.targetMean() != null) {
            BigDecimal margin = lot.targetSd().multiply(BigDecimal.valueOf(4));
            y.add("suggestedMin", lot.targetMean().subtract(margin)).add("suggestedMax", lot.targetMean().add(margin));
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")))
                        .add("scales", Json.createObjectBuilder().add("y", y)))
                .build().toString();
    }

    private static JsonObjectBuilder line(String label, BigDecimal at, int sd, int points, String colour, boolean dashed) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (int i = 0; i < Math.max(points, 2); i++) {
            data.add(at);
        }
        JsonObjectBuilder line = Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", colour)
                .add("borderWidth", sd == 0 ? 2 : 1).add("pointRadius", 0).add("fill", false).add("order", 1 + sd);
        if (dashed) {
            line.add("borderDash", Json.createArrayBuilder().add(6).add(4));
        }
        return line;
    }

    private static String colour(QcVerdict verdict) {
        return switch (verdict) {
            case ACCEPTED -> ACCEPTED;
            case WARNING -> WARNING;
            case REJECTED -> REJECTED;
            case ESTABLISHING -> ESTABLISHING;
        };
    }
}
