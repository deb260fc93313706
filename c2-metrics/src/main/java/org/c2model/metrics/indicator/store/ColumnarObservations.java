package org.c2model.metrics.indicator.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.c2model.core.InvalidValueException;
import org.c2model.core.internal.Checks;
import org.c2model.core.place.AreaCode;
import org.c2model.metrics.indicator.BoundaryVintage;
import org.c2model.metrics.indicator.IndicatorAggregation;
import org.c2model.metrics.indicator.Observation;
import org.c2model.metrics.indicator.ObservationSource;
import org.c2model.metrics.indicator.ReportingPeriod;

/**
 * Indicator observations held column by column in primitive arrays, such as five years of monthly
 * counts of 25 indicators for every LSOA in England (53.55 million observations in about 140 MB).
 * <p>
 * The columns are compressed as the data allow (see {@link #columnBytes()}): consecutive
 * observations of one area and period form a run that holds the area, the period and the shared
 * denominator once, and each observation adds one byte for its indicator and one for its numerator,
 * with an escape to the exact value for indicator indices and numerators of 255 or more. Data
 * appended area by area and period by period, with a denominator per area and period, take about
 * 2.6 bytes per observation; any other order or mix is held exactly, only less compactly. The
 * screening reads the compressed columns directly. Area codes
 * (with their boundary vintage), indicator ids and periods are dictionary-encoded: each distinct
 * value is held once. The store is an {@link ObservationSource}, so
 * {@link IndicatorAggregation} works on it unchanged, and it answers the bulk question of screening
 * many neighbourhoods in one pass with {@link #screen(ScreeningQuery)}.
 * <p>
 * Limits, checked on {@link Builder#append append} with {@link InvalidValueException} naming the
 * field:
 * <ul>
 *   <li>numerators are whole numbers from 0 to 2,147,483,647 ({@code numerator});</li>
 *   <li>denominators are whole numbers from 1 to 2,147,483,647 ({@code denominator}); 0 marks an
 *       observation without one;</li>
 *   <li>at most 65,535 distinct indicators ({@code indicatorId}) and 65,535 distinct periods
 *       ({@code period});</li>
 *   <li>at most 2,147,483,647 observations and as many distinct (area, vintage) pairs.</li>
 * </ul>
 * Fractional values (a modelled estimate of 12.4 incidents, say) are rejected, never rounded: keep
 * them in {@link ObservationSource#of(java.util.Collection)}. Sums are taken in {@code long}, so they
 * cannot overflow below 2<sup>63</sup>. As in {@link ObservationSource#of(java.util.Collection)}, two
 * observations of the same area, vintage, indicator and period are rejected, here by
 * {@link Builder#build()}.
 *
 * @implSpec This class is immutable and thread-safe once built.
 */
public final class ColumnarObservations implements ObservationSource {

  /**
   * Rows per chunk: just under 2^20, so a chunk's {@code byte[]} column (with its header) is just
   * under 1 MiB. G1 puts an array of half a region or more in whole regions of its own (regions are
   * powers of two from 1 to 32 MiB); at a power of two exactly, a 1 MiB array would take two 1 MiB
   * regions (with a heap under 2 GiB), wasting a byte per observation.
   */
  static final int CHUNK = (1 << 20) - 32;
  private static final int MAX_CODES = Character.MAX_VALUE;
  private static final Comparator<Observation> ORDER = Comparator.comparing(Observation::areaCode)
      .thenComparing(Observation::period).thenComparing(Observation::vintage);

  final AreaCode[] areaCodes;
  final BoundaryVintage[] areaVintages;
  final String[] indicatorIds;
  final ReportingPeriod[] periods;
  /** The rows in append order, {@link #CHUNK} per chunk (the last may hold fewer). */
  final Chunk[] chunks;
  final int size;
  /** Per indicator, the periods it has observations in. */
  private final BitSet[] periodsOfIndicator;
  /**
   * The index of each area by vintage and code, so a screening finds its neighbourhoods' areas
   * without building a map per query.
   */
  private final Map<BoundaryVintage, Map<AreaCode, Integer>> areaIndex = new HashMap<>();

  private ColumnarObservations(Builder b) {
    this.areaCodes = b.areaCodes.toArray(new AreaCode[0]);
    this.areaVintages = b.areaVintages.toArray(new BoundaryVintage[0]);
    this.indicatorIds = b.indicators.toArray(new String[0]);
    this.periods = b.periods.toArray(new ReportingPeriod[0]);
    this.size = b.size;
    this.chunks = b.chunks.toArray(new Chunk[0]);
    for (int a = 0; a < areaCodes.length; a++) {
      areaIndex.computeIfAbsent(areaVintages[a], v -> new HashMap<>()).put(areaCodes[a], a);
    }
    periodsOfIndicator = new BitSet[indicatorIds.length];
    Arrays.setAll(periodsOfIndicator, i -> new BitSet());
    for (Chunk c : chunks) {
      for (int run = 0, row = 0; run < c.runs; run++) {
        int p = c.runPeriod[run];
        for (; row < c.runEnd[run]; row++) {
          periodsOfIndicator[c.indicator(row)].set(p);
        }
      }
    }
  }

  /** Gets the index of an area of a vintage, or -1 if the store has no observation of it. */
  int areaIndex(AreaCode code, BoundaryVintage vintage) {
    Integer a = areaIndex.getOrDefault(vintage, Map.of()).get(code);
    return a == null ? -1 : a;
  }

  /** Gets the periods an indicator has observations in, as period indices; empty for an unknown id. */
  BitSet periodsOf(String indicatorId) {
    int i = Arrays.asList(indicatorIds).indexOf(indicatorId);
    return i < 0 ? new BitSet() : (BitSet) periodsOfIndicator[i].clone();
  }

  /**
   * Returns a builder that appends observations one at a time, such as rows streamed from a CSV file.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a store holding the given observations.
   *
   * @param observations  the observations, not null
   * @return the store, not null
   * @throws InvalidValueException if a value does not fit the store, or two observations share area,
   *     vintage, indicator and period, naming {@code observations[i]}
   */
  public static ColumnarObservations of(Iterable<Observation> observations) {
    Objects.requireNonNull(observations, "observations");
    Builder b = builder();
    observations.forEach(b::append);
    return b.build();
  }

  /**
   * Gets the number of observations.
   *
   * @return the count, zero or more
   */
  public int size() {
    return size;
  }

  /**
   * Gets the distinct indicator ids, in the order first appended.
   *
   * @return the ids, not null
   */
  public List<String> indicatorIds() {
    return List.of(indicatorIds);
  }

  /**
   * Gets the distinct periods, in order.
   *
   * @return the periods, not null
   */
  public List<ReportingPeriod> periods() {
    return Arrays.stream(periods).sorted().collect(Collectors.toUnmodifiableList());
  }

  /**
   * Gets the number of distinct (area, boundary vintage) pairs.
   *
   * @return the count, zero or more
   */
  public int areaCount() {
    return areaCodes.length;
  }

  /**
   * Gets the bytes held by the compressed observation columns: per observation one byte for the
   * indicator and one for the numerator; per run of observations of one area and period 14 bytes
   * (area, period, denominator, end); 8 bytes per indicator index or numerator of 255 or more, and 4
   * per observation in a run whose observations differ in denominator. The dictionaries add a few
   * hundred bytes per distinct area, indicator and period, and each chunk of about a million
   * observations some 200 bytes of array headers.
   *
   * @return the bytes, zero or more
   */
  public long columnBytes() {
    long bytes = 0;
    for (Chunk c : chunks) {
      bytes += c.bytes();
    }
    return bytes;
  }

  /**
   * Selects the observations of one indicator for a set of areas, scanning the columns once.
   *
   * @param indicatorId  the indicator's id, not null
   * @param areas  the GSS codes, in any vintage, not null
   * @return the observations, ordered by area, period and vintage, not null
   */
  @Override
  public List<Observation> select(String indicatorId, Set<AreaCode> areas) {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(areas, "areas");
    int ind = Arrays.asList(indicatorIds).indexOf(indicatorId);
    if (ind < 0 || areas.isEmpty()) {
      return List.of();
    }
    boolean[] wanted = new boolean[areaCodes.length];
    for (int a = 0; a < areaCodes.length; a++) {
      wanted[a] = areas.contains(areaCodes[a]);
    }
    List<Observation> out = new ArrayList<>();
    for (Chunk c : chunks) {
      for (int run = 0, row = 0; run < c.runs; run++) {
        int end = c.runEnd[run];
        if (!wanted[c.runArea[run]]) {
          row = end;
          continue;
        }
        for (; row < end; row++) {
          if (c.indicator(row) == ind) {
            out.add(observation(c, run, row));
          }
        }
      }
    }
    out.sort(ORDER);
    return Collections.unmodifiableList(out);
  }

  private Observation observation(Chunk c, int run, int row) {
    int a = c.runArea[run];
    Observation.Builder b = Observation.builder().areaCode(areaCodes[a]).vintage(areaVintages[a])
        .indicatorId(indicatorIds[c.indicator(row)]).period(periods[c.runPeriod[run]]).numerator(c.numerator(row));
    int d = c.denominator(run, row);
    if (d != 0) {
      b.denominator(d);
    }
    return b.build();
  }

  /**
   * Totals baseline and follow-up windows for many neighbourhoods and indicators in one pass over
   * the columns, with crude rates and their confidence intervals: the screening of every
   * neighbourhood that a public-health team or an evaluator choosing comparators runs
   * (<i>Positively Local</i> sec. 5; {@code docs/c2-model.md} section 5: long-term indicators,
   * compared before and after).
   * <p>
   * The columns are scanned in parallel on the common fork-join pool.
   *
   * @param query  the neighbourhoods, indicators, windows and rate options, not null
   * @return the totals and rates, not null
   */
  public ScreeningResult screen(ScreeningQuery query) {
    Objects.requireNonNull(query, "query");
    return new Screening(this, query).run();
  }

  /**
   * Returns a one-line summary, such as
   * {@code ColumnarObservations (53550000 observations: 35700 areas, 25 indicators, 60 periods; 137088000 column bytes)}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ColumnarObservations (%d observations: %d areas, %d indicators, %d periods; "
        + "%d column bytes)", size, areaCodes.length, indicatorIds.length, periods.length, columnBytes());
  }

  /**
   * A builder of {@link ColumnarObservations} that appends one observation at a time, so a file of
   * any length is loaded without holding an object per observation.
   * <p>
   * Each {@code append} checks its values at once; {@link #build()} checks that no two observations
   * share area, vintage, indicator and period. A builder is not thread-safe, and is spent once built.
   */
  public static final class Builder {
    private final Map<BoundaryVintage, Map<String, Integer>> areaIndex = new HashMap<>();
    private final List<AreaCode> areaCodes = new ArrayList<>();
    private final List<BoundaryVintage> areaVintages = new ArrayList<>();
    private final Map<String, Integer> indicatorIndex = new HashMap<>();
    private final List<String> indicators = new ArrayList<>();
    private final Map<String, Integer> periodIndex = new HashMap<>();
    private final List<ReportingPeriod> periods = new ArrayList<>();
    private final List<Chunk> chunks = new ArrayList<>();
    private Chunk.Builder chunk = new Chunk.Builder();
    private int size;
    private BoundaryVintage lastVintage;
    private Map<String, Integer> lastAreas = Map.of();
    private LoadProgress progress;
    private long every;
    private long nextReport = Long.MAX_VALUE;
    private boolean built;

    Builder() {}

    /**
     * Sets a callback told the count of observations appended every {@code every} observations and
     * once more when built.
     *
     * @param listener  the callback, not null
     * @param every  the interval, such as 1,000,000, positive
     * @return this builder, not null
     * @throws InvalidValueException if the interval is not positive
     */
    public Builder onProgress(LoadProgress listener, long every) {
      this.progress = Objects.requireNonNull(listener, "listener");
      if (every <= 0) {
        throw InvalidValueException.of("every", "must be positive", every);
      }
      this.every = every;
      this.nextReport = size + every;
      return this;
    }

    /**
     * Appends an observation.
     *
     * @param observation  the observation, not null
     * @return this builder, not null
     * @throws InvalidValueException if a value does not fit the store (see {@link ColumnarObservations})
     */
    public Builder append(Observation observation) {
      Objects.requireNonNull(observation, "observation");
      return append(observation.areaCode().toString(), observation.indicatorId(), observation.period().toString(),
          observation.vintage(), observation.numerator(), observation.denominator().orElse(Double.NaN));
    }

    /**
     * Appends an observation without denominator, such as a count of incidents.
     *
     * @param areaCode  the GSS code, such as {@code E01020150}, not null
     * @param indicatorId  the indicator's id, not blank
     * @param period  the period as text, such as {@code 2009-04}, not null
     * @param vintage  the boundary vintage of the area code, not null
     * @param numerator  the count, a whole number from 0 to 2,147,483,647
     * @return this builder, not null
     * @throws InvalidValueException if a value is malformed or does not fit the store, naming the field
     */
    public Builder append(String areaCode, String indicatorId, String period, BoundaryVintage vintage,
        double numerator) {
      return append(areaCode, indicatorId, period, vintage, numerator, Double.NaN);
    }

    /**
     * Appends an observation with a denominator, or without one when the denominator is NaN.
     *
     * @param areaCode  the GSS code, such as {@code E01020150}, not null
     * @param indicatorId  the indicator's id, not blank
     * @param period  the period as text, such as {@code 2009-04}, not null
     * @param vintage  the boundary vintage of the area code, not null
     * @param numerator  the count, a whole number from 0 to 2,147,483,647
     * @param denominator  the population at risk, a whole number from 1 to 2,147,483,647, or NaN
     *     for none
     * @return this builder, not null
     * @throws InvalidValueException if a value is malformed or does not fit the store, naming the field
     */
    public Builder append(String areaCode, String indicatorId, String period, BoundaryVintage vintage,
        double numerator, double denominator) {
      if (built) {
        throw new IllegalStateException("builder already built");
      }
      int num = whole(numerator, 0, "numerator");
      int den = Double.isNaN(denominator) ? 0 : whole(denominator, 1, "denominator");
      int a = areaIndex(Objects.requireNonNull(areaCode, "areaCode"), Objects.requireNonNull(vintage, "vintage"));
      int i = indicatorIndex(Objects.requireNonNull(indicatorId, "indicatorId"));
      int p = periodIndex(Objects.requireNonNull(period, "period"));
      return appendEncoded(a, i, p, num, den);
    }

    /**
     * Appends every observation of another store, such as one loaded from another file or on another
     * thread, re-encoding its codes into this builder's dictionaries without parsing them again.
     *
     * @param other  the store, not null
     * @return this builder, not null
     * @throws InvalidValueException if the combined dictionaries or size exceed the store's limits
     */
    public Builder appendAll(ColumnarObservations other) {
      Objects.requireNonNull(other, "other");
      int[] areaMap = new int[other.areaCodes.length];
      for (int a = 0; a < areaMap.length; a++) {
        areaMap[a] = areaIndex(other.areaCodes[a].toString(), other.areaVintages[a]);
      }
      int[] indicatorMap = new int[other.indicatorIds.length];
      Arrays.setAll(indicatorMap, i -> indicatorIndex(other.indicatorIds[i]));
      int[] periodMap = new int[other.periods.length];
      Arrays.setAll(periodMap, p -> periodIndex(other.periods[p].toString()));
      for (Chunk c : other.chunks) {
        for (int run = 0, row = 0; run < c.runs; run++) {
          int a = areaMap[c.runArea[run]];
          int p = periodMap[c.runPeriod[run]];
          for (; row < c.runEnd[run]; row++) {
            appendEncoded(a, indicatorMap[c.indicator(row)], p, c.numerator(row), c.denominator(run, row));
          }
        }
      }
      return this;
    }

    private Builder appendEncoded(int a, int i, int p, int num, int den) {
      if (built) {
        throw new IllegalStateException("builder already built");
      }
      if (size == Integer.MAX_VALUE) {
        throw InvalidValueException.of("observations", "must number at most " + Integer.MAX_VALUE, size + 1L);
      }
      if (chunk.rows() == CHUNK) {
        chunks.add(chunk.build());
        chunk = new Chunk.Builder();
      }
      chunk.append(a, i, p, num, den);
      size++;
      if (size >= nextReport) {
        nextReport += every;
        progress.loaded(size);
      }
      return this;
    }

    private static int whole(double value, int min, String field) {
      if (!(value >= min && value <= Integer.MAX_VALUE) || value != Math.rint(value)) {
        throw InvalidValueException.of(field, "must be a whole number from " + min + " to " + Integer.MAX_VALUE
            + " to fit the columnar store", value);
      }
      return (int) value;
    }

    private int areaIndex(String code, BoundaryVintage vintage) {
      if (!vintage.equals(lastVintage)) {
        lastAreas = areaIndex.computeIfAbsent(vintage, v -> new HashMap<>());
        lastVintage = vintage;
      }
      Integer a = lastAreas.get(code);
      if (a == null) {
        AreaCode parsed = AreaCode.of(code, "areaCode");
        a = areaCodes.size();
        areaCodes.add(parsed);
        areaVintages.add(vintage);
        lastAreas.put(code, a);
      }
      return a;
    }

    private int indicatorIndex(String id) {
      Integer i = indicatorIndex.get(id);
      if (i == null) {
        Checks.notBlank(id, "indicatorId");
        if (indicators.size() == MAX_CODES) {
          throw InvalidValueException.of("indicatorId", "must be one of at most " + MAX_CODES
              + " distinct indicators in a columnar store", "'" + id + "'");
        }
        i = indicators.size();
        indicators.add(id);
        indicatorIndex.put(id, i);
      }
      return i;
    }

    private int periodIndex(String text) {
      Integer p = periodIndex.get(text);
      if (p == null) {
        ReportingPeriod parsed = ReportingPeriod.parse(text);
        if (periods.size() == MAX_CODES) {
          throw InvalidValueException.of("period", "must be one of at most " + MAX_CODES
              + " distinct periods in a columnar store", "'" + text + "'");
        }
        p = periods.size();
        periods.add(parsed);
        periodIndex.put(text, p);
      }
      return p;
    }

    /**
     * Builds the store, after checking that no two observations share area, vintage, indicator and
     * period.
     *
     * @return the store, not null
     * @throws InvalidValueException if two observations share area, vintage, indicator and period,
     *     naming {@code observations[i]} (counted from 0 in append order) and the earlier one
     * @throws IllegalStateException if already built
     */
    public ColumnarObservations build() {
      if (built) {
        throw new IllegalStateException("builder already built");
      }
      built = true;
      if (chunk.rows() > 0) {
        chunks.add(chunk.build());
      }
      chunk = null;
      ColumnarObservations store = new ColumnarObservations(this);
      Duplicates.check(store);
      if (progress != null && size > 0) {
        progress.loaded(size);
      }
      return store;
    }
  }

  /** Gets an observation by its position in append order, for messages. */
  Observation observation(int row) {
    Chunk c = chunks[row / CHUNK];
    int r = row % CHUNK;
    return observation(c, c.runOf(r), r);
  }
}
