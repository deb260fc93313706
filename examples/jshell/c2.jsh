// c2 start-up script for JShell: imports every exported c2 package (ReadmeSnippetsTest checks the list
// against the modules' exports).
// Start JShell with the c2 class path (see README.md), then: /open examples/jshell/c2.jsh
// java.nio.file.Path by name: it wins over c2's rule.Path (write org.c2model.core.rule.Path for that).
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.*;
import java.util.*;
import org.c2model.core.*;
import org.c2model.core.place.*;
import org.c2model.core.partnership.*;
import org.c2model.core.rule.*;
import org.c2model.core.governance.*;
import org.c2model.core.journey.*;
import org.c2model.core.step.*;
import org.c2model.core.style.*;
import org.c2model.core.listening.*;
import org.c2model.core.outcome.*;
import org.c2model.metrics.stats.*;
import org.c2model.metrics.indicator.*;
import org.c2model.metrics.indicator.store.*;
import org.c2model.metrics.savings.*;
import org.c2model.metrics.evaluation.*;
import org.c2model.metrics.programme.*;
import org.c2model.metrics.network.*;
import org.c2model.metrics.graph.*;
import org.c2model.metrics.synth.*;
import org.c2model.json.*;
import org.c2model.csv.*;
import org.c2model.csv.crime.*;
import org.c2model.report.*;
