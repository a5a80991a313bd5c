#!/usr/bin/env python3
"""Sums the test results of the TRX files under a folder.

Usage: trx-summary.py RESULTS_DIR [EXPECTED_NAME ...]

Prints "N passed, N failed, N skipped" as its last line and exits 1 when anything failed. Besides
failed tests, a failure is counted for each test run that was aborted without a failed test to show
for it (a crashed or hung test host) and for each expected TRX file (EXPECTED_NAME.trx) that is
missing, so a run that broke down can never look green.
"""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}

# Outcomes a test result can have in a TRX file; everything that is neither a pass nor a skip
# (Failed, Error, Timeout, Aborted, ...) counts as a failure.
PASSED = {"Passed", "PassedButRunAborted"}
SKIPPED = {"NotExecuted", "Inconclusive", "NotRunnable", "Pending", "Disconnected"}
RUN_OK = {"Completed", "Passed", "Warning"}


def count(trx: Path) -> tuple[int, int, int]:
    passed = failed = skipped = 0
    root = ET.parse(trx).getroot()
    results = root.find("t:Results", NS)
    # Only top-level results: data-driven runners may nest InnerResults under a parent result.
    for result in results.findall("t:UnitTestResult", NS) if results is not None else []:
        outcome = result.get("outcome", "")
        if outcome in PASSED:
            passed += 1
        elif outcome in SKIPPED:
            skipped += 1
        else:
            failed += 1

    summary = root.find("t:ResultSummary", NS)
    run_outcome = summary.get("outcome", "") if summary is not None else "missing"
    if run_outcome not in RUN_OK and failed == 0:
        reasons = [t.text.strip() for t in root.iterfind(".//t:RunInfo/t:Text", NS) if t.text]
        print(f"{trx.name}: the run ended '{run_outcome}' without a failed test; counted as one failure. "
              + " ".join(reasons), file=sys.stderr)
        failed = 1
    return passed, failed, skipped


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: trx-summary.py RESULTS_DIR [EXPECTED_NAME ...]", file=sys.stderr)
        return 64

    results_dir = Path(sys.argv[1])
    files = sorted(results_dir.rglob("*.trx"))
    totals = [0, 0, 0]
    for trx in files:
        counts = count(trx)
        print(f"{trx.name}: passed={counts[0]} failed={counts[1]} skipped={counts[2]}", file=sys.stderr)
        totals = [a + b for a, b in zip(totals, counts)]

    present = {f.name for f in files}
    for name in sys.argv[2:]:
        if f"{name}.trx" not in present:
            print(f"{name}: no TRX file, the test run reported nothing; counted as one failure", file=sys.stderr)
            totals[1] += 1

    if not files:
        print(f"no TRX file under {results_dir}", file=sys.stderr)

    sys.stderr.flush()
    print(f"{totals[0]} passed, {totals[1]} failed, {totals[2]} skipped", flush=True)
    return 1 if totals[1] > 0 or not files else 0


if __name__ == "__main__":
    sys.exit(main())
