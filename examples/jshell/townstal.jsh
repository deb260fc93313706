// Evaluate the Townstal journey in a handful of lines (docs/c2-model.md sections 2, 5 and 6).
// Run from the repository root, or set -R-Dc2.examples=<path of the examples directory>.
var data = Path.of(System.getProperty("c2.examples", "examples"), "src/main/resources/org/c2model/examples/townstal");
var journey = C2Json.read(DocumentKind.JOURNEY, data.resolve("townstal-journey.json"));
System.out.println(JourneyRules.assess(journey, LocalDate.of(2009, 12, 31)));
var observations = ObservationSource.of(ObservationCsv.read(data.resolve("observations-illustrative.csv"), BoundaryVintage.LSOA_2011));
var report = Evaluation.builder().journey(journey).observations(observations).comparator(Neighbourhood.of("N-CMP", "Comparator", "E01020150", "E01020151")).build().run();
System.out.println(report.intermediateOutcomes());
report.indicatorChanges().forEach(System.out::println);
System.out.println(WeakConnectors.of(CommunityNetwork.fromJourney(journey, LocalDate.of(2009, 3, 3)), LocalDate.of(2009, 3, 3)).summary());
Reports.html(report, ReportOptions.builder().journey(journey).build(), Path.of("reports/jshell/evaluation.html"));   // the board's report: open it in a browser
