package org.vetlis.interfaces.rest.order;

import java.time.OffsetDateTime;
import java.util.List;

import org.vetlis.lab.domain.order.AnalyzerReport;
import org.vetlis.lab.domain.order.LabOrder;
import org.vetlis.lab.domain.order.ResultVersion;
import org.vetlis.lab.domain.order.Specimen;
import org.vetlis.lab.domain.order.TestRun;

/** An order with its specimens (barcodes to label) and test runs, as the API shows it. */
public record OrderDto(Long id, Long patientId, String patientName, String status, String urgency, String clinic,
                       String veterinarian, String placerOrderId, String comment, OffsetDateTime createdAt,
                       List<SpecimenDto> specimens, List<TestRunDto> testRuns, List<CommentDto> comments, long version,
                       OffsetDateTime reportedAt) {

    /** A remark on the order. */
    public record CommentDto(String author, OffsetDateTime at, String text) {
    }

    /** One specimen: the barcode, what to collect and in which container. */
    public record SpecimenDto(String accession, String specimenType, String container, String capColour, String status,
                              OffsetDateTime collectedAt, OffsetDateTime receivedAt) {

        static SpecimenDto of(Specimen s) {
            return new SpecimenDto(s.accession().value(), s.type().code(), s.type().container(), s.type().capColour(), s.status().name(),
                    s.collectedAt(), s.receivedAt());
        }
    }

    /**
     * One test run: which test, on which specimen, where it stands. {@code flag} is VetLIS's reading of a numeric
     * result against {@code referenceRange} (L, H, LL, HH, N, or NO_RANGE when none applies to the animal), kept
     * apart from the analyzer's own flags and range; {@code review} says why a person must look before verifying (a
     * failed delta check with both values, a unit VetLIS cannot convert, a species doubt), null when nothing holds
     * it. {@code analyzerFlags}, {@code analyzerRange} and {@code analyzerComment} are what the analyzer sent beside
     * the value, as sent, or null; {@code asSent} the value and unit it sent when VetLIS converted them into the
     * test's unit. {@code resultVersion} counts amendments from 1; {@code earlierVersions} are the results before.
     */
    public record TestRunDto(Long id, String test, String testName, String accession, int run, boolean reportable, String status,
                             String value, String unit, String flag, String referenceRange, String review, String analyzerFlags,
                             String analyzerRange, String analyzerComment, String enteredBy, String verifiedBy, OffsetDateTime verifiedAt,
                             String asSent, int resultVersion, String amendReason, List<VersionDto> earlierVersions) {

        static TestRunDto of(TestRun r) {
            AnalyzerReport a = r.analyzer();
            return new TestRunDto(r.id(), r.test().code(), r.test().name(), r.specimen().accession().value(), r.runNumber(),
                    r.isReportable(), r.status().name(), r.value(), r.unit(), r.flag() == null ? null : r.flag().name(),
                    r.referenceRange().orElse(null), r.reviewReason().orElse(null), a == null ? null : a.flags(), a == null ? null : a.range(),
                    a == null ? null : a.comment(), r.enteredBy(), r.verifiedBy(), r.verifiedAt(), a == null ? null : a.asSent().orElse(null),
                    r.resultVersion(), r.amendReason().orElse(null),
                    r.resultVersion() == 1 ? List.of() : r.earlierVersions().stream().map(VersionDto::of).toList());
        }
    }

    /** A result as it was before an amendment replaced it; {@code amendReason} says why it had replaced the one before it. */
    public record VersionDto(int version, String value, String unit, String flag, String referenceRange, String verifiedBy,
                             OffsetDateTime verifiedAt, String amendReason) {

        static VersionDto of(ResultVersion v) {
            return new VersionDto(v.number(), v.value(), v.unit(), v.flag() == null ? null : v.flag().name(), v.referenceRange(), v.verifiedBy(),
                    v.verifiedAt(), v.amendReason());
        }
    }

    static OrderDto of(LabOrder o) {
        return new OrderDto(o.id(), o.patient().id(), o.patient().name(), o.status().name(), o.urgency().name(), o.placement().clinic(),
                o.placement().veterinarian(), o.placement().placerOrderId(), o.comment(), o.createdAt(),
                o.specimens().stream().map(SpecimenDto::of).toList(), o.runs().stream().map(TestRunDto::of).toList(),
                o.comments().stream().map(c -> new CommentDto(c.author(), c.createdAt(), c.text())).toList(), o.version(),
                o.reportedAt().orElse(null));
    }

    /** Who asks for the tests. */
    public record RequestedBy(String clinic, String veterinarian) {
    }

    /** What a client sends to place an order: test and panel codes mixed freely. */
    public record Input(Long patientId, List<String> tests, String urgency, String comment, RequestedBy requestedBy,
                        String placerOrderId) {
    }
}
