import type { Reporter, SerializedError, TestModule, TestRunEndReason } from 'vitest/node';

export interface RunCounts {
  passed: number;
  failed: number;
  skipped: number;
}

/**
 * What a run amounts to. A test file that fails to load, to collect or in a hook fails without any of
 * its tests failing: it counts as one failure, as does every error raised outside a test. A run that
 * failed for a reason nothing above names (a global setup that threw) is never reported as clean.
 */
export function countRun(
  testModules: ReadonlyArray<TestModule>,
  unhandledErrors: ReadonlyArray<SerializedError>,
  reason: TestRunEndReason,
): RunCounts {
  const counts: RunCounts = { passed: 0, failed: 0, skipped: 0 };
  for (const testModule of testModules) {
    let failedTests = 0;
    for (const test of testModule.children.allTests()) {
      const { state } = test.result();
      if (state === 'passed') counts.passed++;
      else if (state === 'failed') failedTests++;
      else counts.skipped++;
    }
    const moduleFailed = testModule.state() === 'failed' || testModule.errors().length > 0;
    counts.failed += failedTests > 0 ? failedTests : moduleFailed ? 1 : 0;
  }
  counts.failed += unhandledErrors.length;
  if (reason === 'failed' && counts.failed === 0) counts.failed = 1;
  return counts;
}

/**
 * Ends a run with one plain line, `N passed, N failed, N skipped`, that any CI can read without
 * knowing vitest's own summary format.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): void {
    const { passed, failed, skipped } = countRun(testModules, unhandledErrors, reason);
    console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
