#!/usr/bin/env bash
# Where the server's CPU went during a load run: reads the JFR recording `load-tests/run.sh --jfr`
# wrote (default load-tests/target/server.jfr) and attributes each execution sample to the first
# frame from the top that is not the JDK's own (java., jdk., sun.), by component; then the
# project's own methods that samples pass through (inclusive), and the hottest frames overall.
#   load-tests/jfr-breakdown.sh [recording.jfr]
set -euo pipefail
cd "$(dirname "$0")/.."
recording=${1:-load-tests/target/server.jfr}
jfr print --events jdk.ExecutionSample --stack-depth 256 "$recording" | awk '
  function component(f) {
    if (f ~ /^org\.eclipse\.persistence\./) return "EclipseLink (JPA)"
    if (f ~ /^org\.apache\.derby\./) return "Derby"
    if (f ~ /^com\.ibm\.(ws|wsspi)\.(sib|messaging|jms)|^com\.ibm\.ws\.sib|^com\.ibm\.websphere\.sib|^com\.ibm\.ws\.objectManager/) return "messaging engine (SIB)"
    if (f ~ /^com\.ibm\.(tx|ws\.tx|ws\.Transaction|ws\.recoverylog|ws\.jtaextensions)/) return "transaction manager"
    if (f ~ /^com\.ibm\.(ejs|ws\.ejbcontainer|ws\.ejb|ws\.ejbpersistence)/) return "EJB container (MDBs)"
    if (f ~ /^com\.ibm\.(ws\.jca|ejs\.j2c|ws\.rsadapter|ws\.resource)/) return "connection pools (JCA)"
    if (f ~ /^org\.jboss\.resteasy|^io\.openliberty\.restfulWS|^com\.ibm\.ws\.jaxrs/) return "RESTEasy"
    if (f ~ /^com\.ibm\.(ws|wsspi)\.(webcontainer|http|tcpchannel|channelfw|genericbnf|bytebuffer)|^io\.openliberty\.http/) return "web container + HTTP"
    if (f ~ /^com\.ibm\.ws\.(security|jwt|webcontainer\.security)|^io\.openliberty\.(security|jwt)|^org\.jose4j|^com\.ibm\.ws\.ssl/) return "security (JWT)"
    if (f ~ /^org\.eclipse\.(yasson|parsson)|^org\.glassfish\.json/) return "JSON-B / JSON-P"
    if (f ~ /^org\.jboss\.weld|^com\.ibm\.ws\.cdi/) return "CDI (Weld)"
    if (f ~ /^io\.smallrye\.faulttolerance|^com\.ibm\.ws\.microprofile\.faulttolerance|^io\.openliberty\.microprofile\.faulttolerance/) return "fault tolerance"
    if (f ~ /^io\.smallrye\.metrics|^io\.openliberty\.microprofile\.metrics|^com\.ibm\.ws\.microprofile\.metrics|^io\.openliberty\.http\.monitor|^com\.ibm\.ws\.monitor|^com\.ibm\.ws\.pmi/) return "metrics / monitoring"
    if (f ~ /^org\.hibernate\.validator/) return "Bean Validation"
    if (f ~ /^org\.fooddelivery\.loadtests\./) return "ceiling WAR"
    if (f ~ /^org\.fooddelivery\./) return "the project'"'"'s own code"
    if (f ~ /^com\.ibm\.ws\.threading|^com\.ibm\.ws\.kernel|^org\.eclipse\.osgi|^org\.apache\.felix/) return "Liberty kernel / threads"
    return "other: " f
  }
  /^jdk\.ExecutionSample/ { inStack = 0; first = ""; app = ""; top = ""; next }
  /stackTrace = \[/ { inStack = 1; next }
  inStack && /^[ \t]*\]/ {
    inStack = 0; total++
    c = component(first == "" ? top : first); if (c ~ /^other: /) { other[substr(c, 8)]++; c = "other" }
    comp[c]++
    if (app != "") { appm[app]++; withApp++ }
    if (top != "") topf[top]++
    next
  }
  inStack {
    f = $1; sub(/\(.*/, "", f)
    if (f == "...") next
    if (top == "") top = f
    if (first == "" && f !~ /^(java|javax|jdk|sun|com\.sun)\./) first = f
    if (app == "" && f ~ /^org\.fooddelivery\./ && f !~ /^org\.fooddelivery\.loadtests\./) app = f
  }
  END {
    printf "%d execution samples\n\nby component (first non-JDK frame from the top):\n", total
    for (c in comp) printf "  %5.1f %%  %s\n", 100 * comp[c] / total, c | "sort -rn"
    close("sort -rn")
    printf "\nsamples passing through the project'"'"'s code: %.1f %%; its methods nearest the top, inclusive:\n", 100 * withApp / total
    for (m in appm) printf "  %5.1f %%  %s\n", 100 * appm[m] / total, m | "sort -rn | head -15"
    close("sort -rn | head -15")
    printf "\nhottest top frames:\n"
    for (m in topf) printf "  %5.1f %%  %s\n", 100 * topf[m] / total, m | "sort -rn | head -12"
    close("sort -rn | head -12")
    printf "\nlargest \"other\" first frames:\n"
    for (m in other) printf "  %5.1f %%  %s\n", 100 * other[m] / total, m | "sort -rn | head -8"
  }'
