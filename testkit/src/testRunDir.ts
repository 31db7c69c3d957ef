/** The directory the jest globalSetup made for this run (removed by the teardown): snapshots shared by its suites. */
export function testRunDir(): string {
  const dir = process.env.HV_TEST_RUN_DIR;
  if (!dir) throw new Error('HV_TEST_RUN_DIR is not set: the jest globalSetup (testkit/src/globalSetup.js) makes it');
  return dir;
}
