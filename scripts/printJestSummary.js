// Prints the closing lines of `npm test` from jest's --json results: the ten slowest suites, then the plain
// "jest: N passed, M failed" line CI reads.
const { readFileSync } = require('node:fs');
const { relative } = require('node:path');

const results = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const slowest = results.testResults
  .map((suite) => ({ name: relative(process.cwd(), suite.name), seconds: (suite.endTime - suite.startTime) / 1000 }))
  .sort((a, b) => b.seconds - a.seconds)
  .slice(0, 10);
console.log('slowest suites:');
for (const suite of slowest) console.log(`  ${suite.seconds.toFixed(1).padStart(6)} s  ${suite.name}`);
const skipped = results.numPendingTests ? `, ${results.numPendingTests} skipped` : '';
console.log(`jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped}`);
