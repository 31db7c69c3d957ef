#!/usr/bin/env node
// @ts-check
/**
 * The architecture check of `npm run lint`: dependency-cruiser with the rules in .dependency-cruiser.cjs (file cycles,
 * floors, workspace boundaries), then the two checks it cannot express: cycles between the folders of
 * verification-service/src (a folder is wing/module, e.g. domain/links, or a whole wing for the files directly in it)
 * and SQL outside the data layer (`*Table.ts` modules and infrastructure/storage).
 *
 * Usage: node scripts/checkArchitecture.js [root]   (root: the tree to check, the repository by default)
 * Prints one line per violation and exits 1 when there is any.
 */
const { spawnSync } = require('node:child_process');
const { readdirSync, readFileSync } = require('node:fs');
const { join, relative, sep } = require('node:path');
const ts = require('typescript');

const REPOSITORY = join(__dirname, '..');
const DEPCRUISE = join(REPOSITORY, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const DEPCRUISE_CONFIG = join(REPOSITORY, '.dependency-cruiser.cjs');

const SOURCE_FILE = /\.(ts|tsx|js|mjs|cjs)$/;
const TEST_FILE = /\.test\.tsx?$/;
/** Built output, installed packages and generated code: not source. */
const SKIPPED_FOLDER = /^(node_modules|dist|dist-.+|coverage|generated|\..+)$/;

const SERVICE_SRC = 'verification-service/src/';
/** Where SQL belongs: a table's module (`*Table.ts`) or the storage plumbing. */
const DATA_LAYER = /(Table\.ts$|^verification-service\/src\/infrastructure\/storage\/)/;
/** A literal that starts an SQL statement (the project writes SQL keywords in capitals). */
const SQL_STATEMENT =
  /^\s*(SELECT\s+\S|INSERT\s+INTO\s|UPDATE\s+\S+(\s+\S+)?\s+SET\s|DELETE\s+FROM\s|WITH\s[\s\S]*\bSELECT\s)/;

/**
 * @typedef {{ rule: string, file: string, detail: string }} Violation
 * @typedef {{ source: string, dependencies: { resolved: string }[] }} CruisedModule
 * @typedef {{ from: string, to: string, rule: { name: string }, cycle?: ({ name: string } | string)[] }} CruiseFinding
 */

/**
 * Every source file under `root`, as a `/`-separated path relative to it.
 * @param {string} root
 */
function listSourceFiles(root) {
  /** @type {string[]} */
  const files = [];
  /** @param {string} folder */
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDER.test(entry.name)) walk(path);
      } else if (SOURCE_FILE.test(entry.name)) {
        files.push(relative(root, path).split(sep).join('/'));
      }
    }
  };
  walk(root);
  return files.sort();
}

/**
 * Runs dependency-cruiser over `files` and answers its modules and rule violations. Only sources are cruised, so
 * built code (a workspace's dist/) appears only where a source imports it, which the boundary rules need to see.
 * @param {string} root
 * @param {string[]} files
 * @returns {{ modules: CruisedModule[], violations: Violation[] }}
 */
function cruise(root, files) {
  const run = spawnSync(
    process.execPath,
    [DEPCRUISE, '--config', DEPCRUISE_CONFIG, '--output-type', 'json', '--', ...files],
    { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 },
  );
  if (!run.stdout) throw new Error(`dependency-cruiser failed: ${run.stderr}`);
  const result = JSON.parse(run.stdout);
  /** @type {CruiseFinding[]} */
  const found = result.summary.violations;
  const violations = found.map((violation) => ({
    rule: violation.rule.name,
    file: violation.from,
    detail: violation.cycle
      ? [violation.from, ...violation.cycle.map((step) => (typeof step === 'string' ? step : step.name))].join(' -> ')
      : `imports ${violation.to}`,
  }));
  return { modules: result.modules, violations };
}

/**
 * The folder of verification-service/src a file belongs to: `wing/module`, the wing, or an entry file itself.
 * @param {string} path
 */
function serviceFolderOf(path) {
  if (!path.startsWith(SERVICE_SRC)) return undefined;
  const parts = path.slice(SERVICE_SRC.length).split('/');
  return parts.length >= 3 ? `${parts[0]}/${parts[1]}` : parts[0];
}

/**
 * Cycles between folders of verification-service/src: the strongly connected components of the graph whose nodes
 * are folders and whose edges are the imports of non-test files. Each is reported with the imports that close it.
 * @param {CruisedModule[]} modules
 * @returns {Violation[]}
 */
function findFolderCycles(modules) {
  /** @type {Map<string, Map<string, string[]>>} folder -> imported folder -> the file imports behind that edge */
  const graph = new Map();
  for (const module of modules) {
    const from = serviceFolderOf(module.source);
    if (!from || TEST_FILE.test(module.source)) continue;
    if (!graph.has(from)) graph.set(from, new Map());
    for (const dependency of module.dependencies) {
      const to = serviceFolderOf(dependency.resolved);
      if (!to || to === from) continue;
      const edges = /** @type {Map<string, string[]>} */ (graph.get(from));
      edges.set(to, [...(edges.get(to) ?? []), `${module.source} -> ${dependency.resolved}`]);
    }
  }
  return stronglyConnectedComponents(graph)
    .filter((component) => component.length > 1)
    .map((component) => {
      const members = new Set(component);
      const imports = component.flatMap((folder) =>
        [...(graph.get(folder) ?? new Map())].filter(([to]) => members.has(to)).flatMap(([, files]) => files),
      );
      return {
        rule: 'no-folder-cycle',
        file: [...component].sort().join(', '),
        detail: imports.sort().join('; '),
      };
    });
}

/**
 * Tarjan's algorithm, iterative so a deep graph cannot overflow the stack.
 * @param {Map<string, Map<string, unknown>>} graph
 * @returns {string[][]}
 */
function stronglyConnectedComponents(graph) {
  /** @type {Map<string, number>} */ const index = new Map();
  /** @type {Map<string, number>} */ const lowLink = new Map();
  /** @type {string[]} */ const stack = [];
  const onStack = new Set();
  /** @type {string[][]} */ const components = [];
  const successors = (/** @type {string} */ node) => [...(graph.get(node)?.keys() ?? [])];
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    /** @type {{ node: string, next: string[] }[]} */
    const work = [{ node: start, next: successors(start) }];
    index.set(start, index.size);
    lowLink.set(start, index.get(start) ?? 0);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const successor = frame.next.shift();
      if (successor !== undefined) {
        if (!index.has(successor)) {
          index.set(successor, index.size);
          lowLink.set(successor, index.get(successor) ?? 0);
          stack.push(successor);
          onStack.add(successor);
          work.push({ node: successor, next: successors(successor) });
        } else if (onStack.has(successor)) {
          lowLink.set(frame.node, Math.min(lowLink.get(frame.node) ?? 0, index.get(successor) ?? 0));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) lowLink.set(parent.node, Math.min(lowLink.get(parent.node) ?? 0, lowLink.get(frame.node) ?? 0));
      if (lowLink.get(frame.node) === index.get(frame.node)) {
        /** @type {string[]} */
        const component = [];
        let member;
        do {
          member = /** @type {string} */ (stack.pop());
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component);
      }
    }
  }
  return components;
}

/**
 * SQL statements in string or template literals of verification-service/src outside the data layer (tests aside).
 * @param {string} root
 * @param {string[]} files
 * @returns {Violation[]}
 */
function findSqlOutsideDataLayer(root, files) {
  const checked = files.filter(
    (file) => file.startsWith(SERVICE_SRC) && /\.tsx?$/.test(file) && !TEST_FILE.test(file) && !DATA_LAYER.test(file),
  );
  return checked.flatMap((file) => {
    const source = ts.createSourceFile(file, readFileSync(join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
    /** @type {Violation[]} */
    const found = [];
    /** @param {ts.Node} node */
    const visit = (node) => {
      const text =
        ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
          ? node.text
          : ts.isTemplateExpression(node)
            ? node.head.text
            : undefined;
      if (text !== undefined && SQL_STATEMENT.test(text)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        const statement = text.trim().split(/\s+/).slice(0, 4).join(' ');
        found.push({ rule: 'sql-outside-data-layer', file, detail: `line ${line + 1}: ${statement} …` });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
  });
}

/**
 * Every violation in the tree at `root`.
 * @param {string} root
 */
function checkArchitecture(root) {
  const files = listSourceFiles(root);
  const { modules, violations } = cruise(root, files);
  return [...violations, ...findFolderCycles(modules), ...findSqlOutsideDataLayer(root, files)];
}

if (require.main === module) {
  const root = process.argv[2] ?? REPOSITORY;
  const violations = checkArchitecture(root);
  for (const { rule, file, detail } of violations) console.log(`${rule}: ${file}: ${detail}`);
  const rules = new Set(violations.map((violation) => violation.rule));
  console.log(
    violations.length === 0
      ? 'Architecture: no violations.'
      : `Architecture: ${violations.length} violations of ${rules.size} rules (${[...rules].join(', ')}).`,
  );
  process.exitCode = violations.length === 0 ? 0 : 1;
}
