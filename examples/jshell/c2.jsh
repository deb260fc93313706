// c2 start-up script for JShell: imports every exported c2 package.
// Start JShell with the c2 class path (see README.md), then: /open examples/jshell/c2.jsh
import java.time.*;
import java.util.*;
import org.c2model.core.*;
import org.c2model.core.place.*;
import org.c2model.core.partnership.*;
import org.c2model.core.rule.*;
import org.c2model.core.governance.*;
