package org.vetlis.lab.infrastructure.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The answers to order queries against the vendors' own examples in the corpus. */
class Hl7QueryAnswersTest {

    private static final QueryWork TOMMY = new QueryWork("1212", "Tommy", LocalDate.of(1962, 8, 24), "M", "0019", "SER", "serum",
            OffsetDateTime.of(2007, 3, 1, 18, 35, 0, 0, ZoneOffset.UTC), false, "Dr Vet", "Leeds Clinic", List.of("1", "2", "5"));

    @Test
    void mindraysBarcodeQueryIsAcceptedWithAQckAndTheOrderFollowsInADsrAsTheManualShowsThem() throws Exception {
        String query = corpus("mindray-cl_qry-q02_barcode.hl7");
        Hl7QueryAnswers.Query read = Hl7QueryAnswers.query(query).orElseThrow();
        assertThat(read.specimen()).isEqualTo("0019");

        List<String> answers = Hl7QueryAnswers.answer(read, Optional.of(TOMMY), "");

        assertThat(answers).hasSize(2);
        List<String> qck = segments(answers.get(0));
        List<String> vendorQck = segments(corpus("mindray-cl_qck-q02_ok.hl7"));
        assertThat(field(qck.get(0), 9)).isEqualTo("QCK^Q02");
        assertThat(field(qck.get(0), 10)).as("the query's control ID, as Mindray's hosts answer").isEqualTo("4");
        assertThat(field(qck.get(0), 12)).isEqualTo("2.3.1");
        assertThat(field(qck.get(0), 18)).as("answered in the set asked in").isEqualTo("ASCII");
        assertThat(qck.subList(1, qck.size())).isEqualTo(vendorQck.subList(1, vendorQck.size()));

        List<String> dsr = segments(answers.get(1));
        List<String> vendorDsr = segments(corpus("mindray-cl_dsr-q03.hl7"));
        assertThat(dsr).extracting(s -> s.substring(0, 3)).as("the manual's segments, in its order")
                .isEqualTo(vendorDsr.stream().map(s -> s.substring(0, 3)).toList());
        assertThat(field(dsr.get(0), 9)).isEqualTo("DSR^Q03");
        assertThat(dsr.subList(1, 4)).isEqualTo(vendorDsr.subList(1, 4));
        assertThat(dsr.get(4)).as("QRD echoed").isEqualTo(segments(query).get(1));
        assertThat(dsr.get(5)).as("QRF echoed").isEqualTo(segments(query).get(2));
        assertThat(dsr.subList(6, dsr.size() - 1)).extracting(s -> field(s, 1)).as("DSP numbered 1 to 31")
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 31).mapToObj(String::valueOf).toList());
        for (int dsp : new int[] {1, 3, 4, 5, 21, 23, 24, 26, 29, 30, 31}) {
            assertThat(field(dsr.get(5 + dsp), 3)).as("DSP-" + dsp).isEqualTo(field(vendorDsr.get(5 + dsp), 3).replace("^^^", ""));
        }
        assertThat(dsr.get(dsr.size() - 1)).as("an empty DSC: the last sample").isEqualTo("DSC");
    }

    @Test
    void anUnknownTubeGetsTheQckNotFoundAndNoDsr() throws Exception {
        Hl7QueryAnswers.Query read = Hl7QueryAnswers.query(corpus("mindray-cl_qry-q02_barcode.hl7")).orElseThrow();

        List<String> answers = Hl7QueryAnswers.answer(read, Optional.empty(), "2.3.1");

        assertThat(answers).hasSize(1);
        List<String> vendorNotFound = segments(corpus("mindray-cl_qck-q02_nf.hl7"));
        List<String> qck = segments(answers.get(0));
        assertThat(qck.subList(1, qck.size())).isEqualTo(vendorNotFound.subList(1, vendorNotFound.size()));
    }

    @Test
    void aTimeRangeQueryNamesNoSpecimen() throws Exception {
        assertThat(Hl7QueryAnswers.query(corpus("mindray-cl_qry-q02_time-range.hl7")).orElseThrow().specimen()).isEmpty();
    }

    @Test
    void aLawWorkOrderQueryIsAnsweredWithTheOrderGroupInTheVersionConfigured() throws Exception {
        String query = corpus("biosystems-ba400_qbp-q11.hl7");
        Hl7QueryAnswers.Query read = Hl7QueryAnswers.query(query).orElseThrow();
        assertThat(read.law()).isTrue();

        List<String> rsp = segments(Hl7QueryAnswers.answer(read, Optional.of(TOMMY), "2.5").get(0));

        assertThat(field(rsp.get(0), 9)).isEqualTo("RSP^K11^RSP_K11");
        assertThat(field(rsp.get(0), 12)).isEqualTo("2.5");
        assertThat(rsp).extracting(s -> s.substring(0, 3))
                .containsExactly("MSH", "MSA", "QAK", "QPD", "PID", "SPM", "SAC", "ORC", "OBR", "ORC", "OBR", "ORC", "OBR");
        assertThat(rsp.get(3)).as("QPD echoed").isEqualTo(segments(query).stream().filter(s -> s.startsWith("QPD")).findFirst().orElseThrow());
        assertThat(field(rsp.get(2), 2)).isEqualTo("OK");
        assertThat(rsp.get(8)).startsWith("OBR|1|0019||1|R");
    }

    @Test
    void otherMessagesAreNoQuery() throws Exception {
        assertThat(Hl7QueryAnswers.query(corpus("mindray-cl_oru-r01.hl7"))).isEmpty();
        assertThat(Hl7QueryAnswers.query(corpus("mindray-cl_ack-q03.hl7"))).isEmpty();
    }

    private static String field(String segment, int n) {
        String[] fields = segment.split("\\|", -1);
        int index = segment.startsWith("MSH") ? n - 1 : n;
        return index < fields.length ? fields[index] : "";
    }

    /** The segments, without the trailing empty fields some senders write and HAPI does not. */
    private static List<String> segments(String message) {
        return Arrays.stream(message.split("\r")).filter(s -> !s.isBlank()).map(s -> s.replaceAll("\\|+$", "")).toList();
    }

    private static String corpus(String file) throws IOException {
        try (InputStream in = Hl7QueryAnswersTest.class.getResourceAsStream("/corpus/hl7/" + file)) {
            assertThat(in).as(file).isNotNull();
            return Hl7Content.normalised(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).replace("\u000b", "")
                    .replace("\u001c", ""));
        }
    }
}
