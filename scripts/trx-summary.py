#!/usr/bin/env python3
"""Sums the test results of every TRX file under a folder.

Prints "N passed, N failed, N skipped" as its last line and exits 1 when a test failed or when
no TRX file was found (a test run that reports nothing has not shown that anything works).
"""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}

# Outcomes a test result can have in a TRX file; everything that is neither a pass nor a skip
# (Failed, Error, Timeout, Aborted, ...) counts as a failure.
PASSED = {"Passed", "PassedButRunAborted"}
SKIPPED = {"NotExecuted", "Inconclusive", "NotRunnable", "Pending", "Disconnected"}


def count(trx: Path) -> tuple[int, int, int]:
    passed = failed = skipped = 0
    results = ET.parse(trx).getroot().find("t:Results", NS)
    # Only top-level results: data-driven runners may nest InnerResults under a parent result.
    for result in results.findall("t:UnitTestResult", NS) if results is not None else []:
        outcome = result.get("outcome", "")
        if outcome in PASSED:
            passed += 1
        elif outcome in SKIPPED:
            skipped += 1
        else:
            failed += 1
    return passed, failed, skipped


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: trx-summary.py RESULTS_DIR", file=sys.stderr)
        return 64

    files = sorted(Path(sys.argv[1]).rglob("*.trx"))
    totals = [0, 0, 0]
    for trx in files:
        counts = count(trx)
        print(f"{trx.name}: passed={counts[0]} failed={counts[1]} skipped={counts[2]}", file=sys.stderr)
        totals = [a + b for a, b in zip(totals, counts)]

    if not files:
        print(f"no TRX file under {sys.argv[1]}: the test run reported nothing", file=sys.stderr)

    sys.stderr.flush()
    print(f"{totals[0]} passed, {totals[1]} failed, {totals[2]} skipped", flush=True)
    return 1 if totals[1] > 0 or not files else 0


if __name__ == "__main__":
    sys.exit(main())
