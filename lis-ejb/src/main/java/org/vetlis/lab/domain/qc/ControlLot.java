package org.vetlis.lab.domain.qc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.vetlis.lab.domain.shared.ConflictException;
import org.vetlis.lab.domain.shared.Violations;

/**
 * One lot of one level of a control material, run on one analyzer for one test, with its target mean and SD: fixed
 * by the manufacturer's insert, or worked out from the lab's own first runs of the lot (at least
 * {@link #MINIMUM_ESTABLISHING_RUNS}, as CLSI C24 advises) while its results are kept but not yet judged. A new lot
 * is a new row; the old one is retired and keeps its results.
 */
@Entity
@Table(name = "qc_lot")
@NamedQuery(name = "ControlLot.of", query = "select l from ControlLot l where l.instrumentCode = :instrument and l.testCode = :test"
        + " order by l.active desc, l.level, l.createdAt desc")
@NamedQuery(name = "ControlLot.all", query = "select l from ControlLot l order by l.instrumentCode, l.testCode, l.active desc, l.level")
@NamedQuery(name = "ControlLot.activeOf", query = "select l from ControlLot l where l.instrumentCode = :instrument and l.active = true")
public class ControlLot {

    /** The fewest runs a lab's own target may be worked out from. */
    public static final int MINIMUM_ESTABLISHING_RUNS = 20;

    /** Where a lot's target comes from. */
    public enum TargetSource {
        MANUFACTURER,
        LAB
    }

    /**
     * What a lab manager gives for a lot: {@code mean} and {@code sd} from the insert, or neither and
     * {@code establishingRuns} (20 or more) for the lab's own target; {@code specimenPattern} is the regular expression
     * an analyzer's control specimen id matches (the lot number itself when none).
     */
    public record Definition(String instrument, String test, String material, String lotNumber, String level, LocalDate expiresOn,
                             String unit, BigDecimal mean, BigDecimal sd, Integer establishingRuns, String specimenPattern) {
    }

    @Id
    @SequenceGenerator(name = "qc_lot_id", sequenceName = "qc_lot_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qc_lot_id")
    private Long id;

    @Column(name = "instrument_code", nullable = false, updatable = false, length = 20)
    private String instrumentCode;

    @Column(name = "test_code", nullable = false, updatable = false, length = 20)
    private String testCode;

    @Column(name = "material", nullable = false, updatable = false, length = 100)
    private String material;

    @Column(name = "lot_number", nullable = false, updatable = false, length = 40)
    private String lotNumber;

    @Column(name = "level", nullable = false, updatable = false, length = 20)
    private String level;

    @Column(name = "expires_on", nullable = false, updatable = false)
    private LocalDate expiresOn;

    @Column(name = "unit", length = 30, updatable = false)
    private String unit;

    @Column(name = "target_mean", precision = 18, scale = 6)
    private BigDecimal targetMean;

    @Column(name = "target_sd", precision = 18, scale = 6)
    private BigDecimal targetSd;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_source", nullable = false, updatable = false, length = 12)
    private TargetSource targetSource;

    @Column(name = "establishing_runs", nullable = false, updatable = false)
    private int establishingRuns;

    @Column(name = "specimen_pattern", nullable = false, updatable = false, length = 100)
    private String specimenPattern;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ControlLot() {
        // for JPA
    }

    public ControlLot(Definition d, String createdBy, OffsetDateTime now) {
        Violations v = new Violations();
        v.required(d.instrument(), "instrument", 20).required(d.test(), "test", 20).required(d.material(), "material", 100)
                .required(d.lotNumber(), "lotNumber", 40).required(d.level(), "level", 20);
        v.require(d.expiresOn() != null, "expiresOn", "is required");
        boolean manufacturer = d.mean() != null || d.sd() != null;
        if (manufacturer) {
            v.require(d.mean() != null && d.sd() != null, "sd", "give both the mean and the SD of the insert, or neither");
            v.require(d.sd() == null || d.sd().signum() > 0, "sd", "must be above zero");
        } else {
            v.require(d.establishingRuns() == null || d.establishingRuns() >= MINIMUM_ESTABLISHING_RUNS, "establishingRuns",
                    "at least " + MINIMUM_ESTABLISHING_RUNS + " runs establish a lab's own target");
        }
        v.require(d.specimenPattern() == null || d.specimenPattern().length() <= 100 && compiles(d.specimenPattern()), "specimenPattern",
                "must be a regular expression of at most 100 characters");
        v.throwIfAny();
        instrumentCode = d.instrument().strip().toUpperCase(Locale.ROOT);
        testCode = d.test().strip().toUpperCase(Locale.ROOT);
        material = d.material().strip();
        lotNumber = d.lotNumber().strip();
        level = d.level().strip();
        expiresOn = d.expiresOn();
        unit = d.unit() == null || d.unit().isBlank() ? null : d.unit().strip();
        targetMean = d.mean();
        targetSd = d.sd();
        targetSource = manufacturer ? TargetSource.MANUFACTURER : TargetSource.LAB;
        establishingRuns = manufacturer ? 0 : d.establishingRuns() == null ? MINIMUM_ESTABLISHING_RUNS : d.establishingRuns();
        specimenPattern = d.specimenPattern() == null || d.specimenPattern().isBlank() ? Pattern.quote(lotNumber) : d.specimenPattern();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    private static boolean compiles(String regex) {
        try {
            Pattern.compile(regex);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    /** How far the value lies from the target, in SDs; empty while the lab's own target is being established. */
    public Optional<Double> z(BigDecimal value) {
        if (targetMean == null || targetSd == null) {
            return Optional.empty();
        }
        return Optional.of(value.subtract(targetMean).divide(targetSd, MathContext.DECIMAL64).doubleValue());
    }

    public boolean isEstablishing() {
        return targetMean == null;
    }

    /**
     * Works the lab's own target out of the lot's first results once there are enough: their mean and sample SD.
     * Returns whether the target is set now.
     */
    public boolean establishFrom(List<BigDecimal> firstResults) {
        if (!isEstablishing() || firstResults.size() < establishingRuns) {
            return false;
        }
        List<BigDecimal> used = firstResults.subList(0, establishingRuns);
        BigDecimal n = BigDecimal.valueOf(used.size());
        BigDecimal mean = used.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(n, MathContext.DECIMAL64);
        BigDecimal squares = used.stream().map(x -> x.subtract(mean).pow(2)).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal sd = squares.divide(n.subtract(BigDecimal.ONE), MathContext.DECIMAL64).sqrt(MathContext.DECIMAL64);
        if (sd.signum() == 0) {
            throw new ConflictException("lot " + lotNumber + " level " + level + ": its first " + used.size()
                    + " results are all the same; an SD of zero cannot judge a control");
        }
        targetMean = mean.setScale(6, RoundingMode.HALF_UP);
        targetSd = sd.setScale(6, RoundingMode.HALF_UP);
        return true;
    }

    /** Whether an analyzer's control specimen id names this lot. */
    public boolean matchesSpecimen(String specimenId) {
        return specimenId != null && Pattern.compile(specimenPattern).matcher(specimenId.strip()).matches();
    }

    public void retire() {
        active = false;
    }

    public boolean isExpiredOn(LocalDate day) {
        return day.isAfter(expiresOn);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("instrument", instrumentCode);
        s.put("test", testCode);
        s.put("material", material);
        s.put("lot", lotNumber);
        s.put("level", level);
        s.put("expiresOn", expiresOn);
        s.put("mean", targetMean);
        s.put("sd", targetSd);
        s.put("source", targetSource.name());
        s.put("active", active);
        return s;
    }

    public Long id() {
        return id;
    }

    public String instrumentCode() {
        return instrumentCode;
    }

    public String testCode() {
        return testCode;
    }

    public String material() {
        return material;
    }

    public String lotNumber() {
        return lotNumber;
    }

    public String level() {
        return level;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal targetMean() {
        return targetMean;
    }

    public BigDecimal targetSd() {
        return targetSd;
    }

    public TargetSource targetSource() {
        return targetSource;
    }

    public int establishingRuns() {
        return establishingRuns;
    }

    public String specimenPattern() {
        return specimenPattern;
    }

    public boolean isActive() {
        return active;
    }

    public long version() {
        return version;
    }
}
