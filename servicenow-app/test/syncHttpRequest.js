// Sends one HTTP request and prints the response as JSON: the synchronous send of the RESTMessageV2
// double (the test runs this with execFileSync, so the caller blocks like execute() on the platform).
// stdin: {"method","url","headers","body","timeoutMs"}; stdout: {"status","headers","body"} or {"error"}.
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', async () => {
  const request = JSON.parse(input);
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(request.timeoutMs),
    });
    const headers = {};
    response.headers.forEach((value, name) => (headers[name] = value));
    process.stdout.write(JSON.stringify({ status: response.status, headers, body: await response.text() }));
  } catch (error) {
    process.stdout.write(
      JSON.stringify({
        error: String(
          error && error.name === 'TimeoutError' ? 'Request timed out' : error && error.cause ? error.cause : error,
        ),
      }),
    );
  }
});
