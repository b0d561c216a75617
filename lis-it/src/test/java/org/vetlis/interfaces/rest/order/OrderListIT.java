package org.vetlis.interfaces.rest.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vetlis.it.ApiClient.json;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.vetlis.it.ApiClient;
import org.vetlis.it.Deployments;
import org.vetlis.lab.domain.order.AccessionFormat;

/**
 * The order list over generated orders (the data the order-page benchmark runs on): pages newest first with one
 * total, the status filter, and generated orders whose stored status is what their runs and specimens make it.
 */
@ExtendWith(ArquillianExtension.class)
class OrderListIT {

    private static final ApiClient API = new ApiClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void generatedOrders() {
        HttpResponse<String> answer = API.post("admin", "/admin/demo-data",
                Json.createObjectBuilder().add("owners", 20).add("patients", 100).add("orders", 600).add("seed", 11).build());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(json(answer).getJsonNumber("testRuns").longValue()).isGreaterThan(600 * 5L);
    }

    @Test
    void pagesComeNewestFirstWithOneTotalAndNoOrderTwice() {
        long total = json(API.get("viewer", "/orders?size=1")).getJsonNumber("total").longValue();
        assertThat(total).isGreaterThanOrEqualTo(600);
        Set<Long> seen = new HashSet<>();
        OffsetDateTime previous = OffsetDateTime.MAX;
        for (int page = 0; page < 4; page++) {
            JsonObject result = json(API.get("viewer", "/orders?size=50&page=" + page));
            assertThat(result.getJsonNumber("total").longValue()).isEqualTo(total);
            List<JsonObject> items = result.getJsonArray("items").getValuesAs(JsonObject.class);
            assertThat(items).hasSize(50);
            for (JsonObject order : items) {
                assertThat(seen.add(order.getJsonNumber("id").longValue())).as("order on one page only").isTrue();
                OffsetDateTime created = OffsetDateTime.parse(order.getString("createdAt"));
                assertThat(created).isBeforeOrEqualTo(previous);
                previous = created;
            }
        }
    }

    @Test
    void everyGeneratedOrderHasTheStatusItsRunsAndSpecimensGiveIt() {
        for (String status : List.of("REPORTED", "RESULTED", "PARTIALLY_RESULTED", "IN_PROGRESS", "ENTERED")) {
            List<JsonObject> orders = json(API.get("viewer", "/orders?size=20&status=" + status)).getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            assertThat(orders).as("generated %s orders", status).isNotEmpty();
            for (JsonObject order : orders) {
                assertThat(order.getString("status")).isEqualTo(status);
                // the status follows the reportable runs; a rerun's earlier run keeps its own state
                List<JsonObject> runs = order.getJsonArray("testRuns").getValuesAs(JsonObject.class).stream()
                        .filter(r -> r.getBoolean("reportable")).toList();
                List<JsonObject> specimens = order.getJsonArray("specimens").getValuesAs(JsonObject.class);
                specimens.forEach(s -> assertThat(AccessionFormat.DEFAULT.parse(s.getString("accession"))).isNotNull());
                assertThat(specimens).extracting(s -> s.getString("specimenType")).doesNotHaveDuplicates();
                List<String> runStatuses = runs.stream().map(r -> r.getString("status")).toList();
                switch (status) {
                    case "REPORTED" -> assertThat(runs).allSatisfy(r -> {
                        assertThat(r.getString("status")).isEqualTo("VERIFIED");
                        assertThat(r.getString("value")).isNotBlank();
                        if (r.getInt("resultVersion") == 1) {
                            assertThat(r.getString("verifiedBy")).isNotEqualTo(r.getString("enteredBy"));
                        } else { // an amendment is entered and vouched for by the verifier who makes it, the result before kept
                            assertThat(r.getString("verifiedBy")).isEqualTo(r.getString("enteredBy"));
                            assertThat(r.getJsonArray("earlierVersions")).hasSize(r.getInt("resultVersion") - 1);
                        }
                    });
                    case "RESULTED" -> assertThat(runStatuses).containsOnly("RESULTED");
                    case "PARTIALLY_RESULTED" -> assertThat(runStatuses).contains("RESULTED", "PENDING");
                    case "IN_PROGRESS" -> assertThat(specimens).anySatisfy(s -> assertThat(s.getString("status")).isEqualTo("RECEIVED"));
                    default -> {
                        assertThat(runStatuses).containsOnly("PENDING");
                        assertThat(specimens).allSatisfy(s -> assertThat(s.getString("status")).isEqualTo("EXPECTED"));
                    }
                }
            }
        }
    }

    @Test
    void ordersCannotBeGeneratedWithoutPatientsToOrderFor() {
        HttpResponse<String> answer = API.post("admin", "/admin/demo-data",
                Json.createObjectBuilder().add("owners", 0).add("patients", 5).add("orders", 1).build());

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("patients need owners");
    }
}
