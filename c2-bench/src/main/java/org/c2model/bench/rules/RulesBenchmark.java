package org.c2model.bench.rules;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.c2model.core.governance.GovernanceRules;
import org.c2model.core.rule.Finding;
import org.c2model.core.rule.RuleReport;
import org.c2model.core.step.CriterionResult;
import org.c2model.core.step.JourneyRules;
import org.c2model.core.step.StepAssessment;
import org.c2model.core.step.StepResult;
import org.c2model.json.C2Json;
import org.c2model.json.DocumentKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 5 of issue 8: the rules and step assessment of 10,000 journeys on one core, target
 * under 1 s. One operation assesses every journey of {@link SyntheticJourneys} on its assessment
 * date: {@link JourneyRules#assess(org.c2model.core.journey.Journey, java.time.LocalDate)} (the seven
 * steps and the journey rules) plus {@link GovernanceRules#evaluate} on the partnership's board that
 * day. The target is the peer: the summary reports 1 s divided by the time per 10,000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class RulesBenchmark {

  /** The target: 10,000 journeys in under this many milliseconds. */
  static final double TARGET_MS = 1_000;

  private List<SyntheticJourneys.Case> cases;
  /** Each journey as its JSON document, for the peer of issue 17: reading the same journeys. */
  private List<String> documents;

  /**
   * Generates the journeys and prints what they hold, what the rules find in them, and a digest of
   * every result (all steps, criteria, evidence and findings, field by field), so a change to
   * c2-core that changes any result shows as a different digest.
   */
  @Setup(Level.Trial)
  public void setUp() {
    cases = SyntheticJourneys.generate(SyntheticJourneys.JOURNEYS);
    documents = cases.stream().map(c -> C2Json.write(c.journey())).toList();
    for (int i = 0; i < cases.size(); i++) {
      if (!C2Json.read(DocumentKind.JOURNEY, documents.get(i)).equals(cases.get(i).journey())) {
        throw new IllegalStateException("journey " + i + " does not read back as written");
      }
    }
    System.out.printf("%n%s; %,d JSON bytes%n", describe(cases),
        documents.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum());
  }

  /**
   * Describes a set of journeys and digests their assessments.
   *
   * @param cases  the journeys and dates
   * @return a summary with the digest
   */
  static String describe(List<SyntheticJourneys.Case> cases) {
    int activities = 0;
    int min = Integer.MAX_VALUE;
    int max = 0;
    long findings = 0;
    long attained = 0;
    MessageDigest digest = sha256();
    for (SyntheticJourneys.Case c : cases) {
      int n = c.journey().activities().size();
      activities += n;
      min = Math.min(min, n);
      max = Math.max(max, n);
      StepAssessment s = JourneyRules.assess(c.journey(), c.asOf());
      RuleReport g = GovernanceRules.evaluate(c.journey().partnership(), c.asOf());
      findings += s.findings().size() + g.findings().size();
      StringBuilder text = new StringBuilder(s.partnershipId()).append(s.asOf());
      for (StepResult step : s.steps()) {
        attained += step.isAttained() ? 1 : 0;
        text.append('|').append(step.step()).append(step.attainedOn()).append(step.nextActions());
        for (CriterionResult r : step.criteria()) {
          text.append(';').append(r.criterion()).append(r.metOn()).append(r.detail());
          r.evidence().forEach(e -> text.append(',').append(e.id()).append(e.type()).append(e.date()));
        }
      }
      append(text, s.findings());
      append(text, g.findings());
      digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
    }
    return String.format(Locale.ROOT, "%,d journeys, %d to %d activities (mean %.1f); %,d findings, %,d steps "
        + "attained; results digest %s", cases.size(), min, max, activities / (double) cases.size(), findings, attained,
        HexFormat.of().formatHex(digest.digest(), 0, 8));
  }

  /**
   * Prints the summary and digest of the 10,000 journeys' results without benchmarking them:
   * {@code java -cp benchmarks.jar org.c2model.bench.rules.RulesBenchmark}. With {@code cpu N} it
   * then assesses and reads the journeys in turn for {@code N} rounds and prints, for each, the
   * least thread CPU time of the later half of the rounds and the bytes allocated per journey: a
   * companion to the JMH figures on a shared machine, where wall-clock time measures the queue for
   * the cores. It uses only calls older c2-core versions have, so an older c2-core jar put first on
   * the class path is measured the same way.
   *
   * @param args  nothing, or {@code cpu} and the number of rounds (12 by default)
   */
  public static void main(String[] args) {
    List<SyntheticJourneys.Case> cases = SyntheticJourneys.generate(SyntheticJourneys.JOURNEYS);
    System.out.println(describe(cases));
    if (args.length > 0 && args[0].equals("cpu")) {
      cpu(cases, args.length > 1 ? Integer.parseInt(args[1]) : 12);
    }
  }

  private static void cpu(List<SyntheticJourneys.Case> cases, int rounds) {
    List<String> documents = cases.stream().map(c -> C2Json.write(c.journey())).toList();
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    double assess = Double.MAX_VALUE;
    double read = Double.MAX_VALUE;
    long assessBytes = 0;
    long readBytes = 0;
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = threads.getCurrentThreadCpuTime();
      long b0 = threads.getThreadAllocatedBytes(id);
      for (SyntheticJourneys.Case c : cases) {
        sink += JourneyRules.assess(c.journey(), c.asOf()).findings().size();
        sink += GovernanceRules.evaluate(c.journey().partnership(), c.asOf()).findings().size();
      }
      long t1 = threads.getCurrentThreadCpuTime();
      long b1 = threads.getThreadAllocatedBytes(id);
      for (String document : documents) {
        sink += C2Json.read(DocumentKind.JOURNEY, document).activities().size();
      }
      long t2 = threads.getCurrentThreadCpuTime();
      if (r >= rounds / 2) {
        assess = Math.min(assess, (t1 - t0) / 1e6);
        read = Math.min(read, (t2 - t1) / 1e6);
        assessBytes = b1 - b0;
        readBytes = threads.getThreadAllocatedBytes(id) - b1;
      }
    }
    System.out.printf(Locale.ROOT, "thread CPU, least of rounds %d to %d: assessing %.0f ms, reading %.0f ms, ratio %.2f; "
        + "allocated per journey: assessing %,d bytes, reading %,d bytes; load average %.2f (%d)%n", rounds / 2 + 1, rounds,
        assess, read, assess / read, assessBytes / cases.size(), readBytes / cases.size(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), sink);
  }

  private static void append(StringBuilder text, List<Finding> findings) {
    for (Finding f : findings) {
      text.append('|').append(f.ruleId()).append(f.severity()).append(f.path()).append(f.date()).append(f.message())
          .append(f.args());
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * Assesses the steps and evaluates the journey and governance rules of all 10,000 journeys.
   *
   * @param bh  the sink
   */
  @Benchmark
  public void assess10000Journeys(Blackhole bh) {
    for (SyntheticJourneys.Case c : cases) {
      bh.consume(JourneyRules.assess(c.journey(), c.asOf()));
      bh.consume(GovernanceRules.evaluate(c.journey().partnership(), c.asOf()));
    }
  }

  /**
   * Reads the same 10,000 journeys from their JSON documents (issue 17: assessing a journey should
   * cost at most half of reading it, measured in the same run on the same journeys).
   *
   * @param bh  the sink
   */
  @Benchmark
  public void read10000Journeys(Blackhole bh) {
    for (String document : documents) {
      bh.consume(C2Json.read(DocumentKind.JOURNEY, document));
    }
  }
}
