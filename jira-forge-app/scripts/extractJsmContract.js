#!/usr/bin/env node
// Copies, from Atlassian's published Jira Service Management Cloud REST OpenAPI document, the operations the
// app calls and every component schema they reference, into test/contracts/jsm-openapi.subset.json. The local
// Jira server (test/startJiraContractServer.ts) enforces that subset; nothing in it is written by hand.
//
// Usage: node scripts/extractJsmContract.js <service-management-openapi.json>
// (the document is the "OpenAPI" download of the Service Management Cloud REST API reference).
const { createHash } = require('node:crypto');
const { readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');

/** The operations the app calls: path → methods. */
const USED = { '/rest/servicedeskapi/request/{issueIdOrKey}/comment': ['post'] };
const OUT = path.join(__dirname, '..', 'test', 'contracts', 'jsm-openapi.subset.json');

const source = process.argv[2];
if (!source) {
  console.error('usage: node scripts/extractJsmContract.js <service-management-openapi.json>');
  process.exit(2);
}
const raw = readFileSync(source);
const doc = JSON.parse(raw.toString('utf8'));

const schemas = {};
const collect = (value) => {
  if (Array.isArray(value)) return value.forEach(collect);
  if (typeof value !== 'object' || value === null) return;
  for (const [key, inner] of Object.entries(value)) {
    if (key === '$ref' && typeof inner === 'string') {
      const name = /^#\/components\/schemas\/(.+)$/.exec(inner)?.[1];
      if (!name) throw new Error(`unexpected $ref ${inner}`);
      if (!(name in schemas)) {
        const schema = doc.components.schemas[name];
        if (!schema) throw new Error(`missing schema ${name}`);
        schemas[name] = schema;
        collect(schema);
      }
    } else collect(inner);
  }
};

const paths = {};
for (const [template, methods] of Object.entries(USED)) {
  const item = doc.paths[template];
  if (!item) throw new Error(`the document has no path ${template}`);
  paths[template] = {};
  for (const method of methods) {
    const operation = item[method];
    if (!operation) throw new Error(`the document has no ${method.toUpperCase()} ${template}`);
    // Response examples are long and not part of the contract the server enforces.
    const responses = Object.fromEntries(
      Object.entries(operation.responses).map(([status, response]) => [
        status,
        {
          ...response,
          content:
            response.content &&
            Object.fromEntries(Object.entries(response.content).map(([type, c]) => [type, { schema: c.schema }])),
        },
      ]),
    );
    paths[template][method] = { ...operation, responses };
    collect(paths[template][method]);
  }
}

const subset = {
  openapi: doc.openapi,
  info: {
    title: doc.info.title,
    version: doc.info.version,
    'x-extracted-by': 'jira-forge-app/scripts/extractJsmContract.js',
    'x-source-sha256': createHash('sha256').update(raw).digest('hex'),
  },
  paths,
  components: {
    schemas: Object.fromEntries(
      Object.keys(schemas)
        .sort()
        .map((name) => [name, schemas[name]]),
    ),
  },
};
writeFileSync(OUT, `${JSON.stringify(subset, null, 2)}\n`);
console.log(
  `wrote ${path.relative(process.cwd(), OUT)}: ${Object.keys(paths).length} path(s), ${Object.keys(schemas).length} schema(s)`,
);
