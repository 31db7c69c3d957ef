/*
 * A ServiceNow stand-in for Mozilla Rhino (Debian's rhino, 1.7.14): the module loader the instance
 * uses for sys_module records (absolute module paths, relative requires, a dependency's package.json
 * `exports`), Glide doubles, and a line protocol on stdin/stdout for the Node test that drives it.
 * Written in ES5 on purpose: it must run on the engine it stands for.
 *
 * The doubles keep to the documented contracts the app relies on: GlideRecord.getValue answers null
 * for an empty field; insert() answers null when a unique index refuses the row; update() answers
 * null when a business rule aborts it (the test can make the next one abort); work_notes is a
 * journal (each update adds an entry); CertificateEncryption.generateMac takes a base64 key and
 * answers a base64 MAC, computed with javax.crypto.Mac as the platform does. A field the double does
 * not know, or an API it does not model, throws instead of pretending.
 */
var GLOBAL = this;
var CX = org.mozilla.javascript.Context.getCurrentContext();

// ---------------------------------------------------------------- tables
var FIELDS = {
  x_hdv_verify_verification: [
    'verification_id',
    'task',
    'task_table',
    'employee',
    'agent',
    'link_id',
    'channels',
    'status',
    'match_code',
    'risk_score',
    'risk_reasons',
    'outcome_reason',
    'assurance_reached',
    'requested_at',
    'completed_at'
  ],
  x_hdv_verify_webhook_receipt: ['webhook_id', 'event_type', 'verification_id', 'received_at'],
  incident: ['number', 'short_description', 'caller_id', 'category', 'subcategory', 'state', 'active', 'work_notes'],
  sc_req_item: ['number', 'short_description', 'requested_for', 'cat_item', 'state', 'active', 'work_notes'],
  sc_task: ['number', 'short_description', 'request_item', 'state', 'active', 'work_notes'],
  sys_user: ['name', 'email', 'mobile_phone', 'phone']
};
var UNIQUE = { x_hdv_verify_webhook_receipt: ['webhook_id'], x_hdv_verify_verification: ['verification_id'] };
var REFERENCES = {
  caller_id: 'sys_user',
  requested_for: 'sys_user',
  request_item: 'sc_req_item',
  employee: 'sys_user',
  agent: 'sys_user'
};

var DB = { rows: {}, journal: [], failUpdates: {}, now: 0, properties: {}, messages: [], sequence: 0 };

function resetDb() {
  DB = { rows: {}, journal: [], failUpdates: {}, now: 0, properties: {}, messages: [], sequence: 0 };
  for (var table in FIELDS) DB.rows[table] = [];
}
resetDb();

function knownField(table, field) {
  if (field === 'sys_id' || field === 'sys_created_on') return true;
  var fields = FIELDS[table];
  if (!fields) throw new Error('The Rhino double has no table ' + table);
  return fields.indexOf(field) >= 0;
}
function checkField(table, field) {
  if (!knownField(table, field)) throw new Error('The Rhino double has no field ' + table + '.' + field);
}
function newSysId() {
  DB.sequence += 1;
  var hex = DB.sequence.toString(16);
  while (hex.length < 32) hex = '0' + hex;
  return hex;
}
function copy(row) {
  var out = {};
  for (var name in row) out[name] = row[name];
  return out;
}

function GlideRecord(table) {
  if (!FIELDS[table]) throw new Error('The Rhino double has no table ' + table);
  this._table = table;
  this._conditions = [];
  this._orderDesc = null;
  this._limit = -1;
  this._rows = null;
  this._index = -1;
  this._current = null;
}
GlideRecord.prototype.getTableName = function () {
  return this._table;
};
GlideRecord.prototype.initialize = function () {
  this._current = {};
};
GlideRecord.prototype.isValidField = function (field) {
  return knownField(this._table, String(field));
};
GlideRecord.prototype.isValidRecord = function () {
  return this._current !== null && this._current.sys_id !== undefined;
};
GlideRecord.prototype.setValue = function (field, value) {
  checkField(this._table, field);
  if (this._current === null) this._current = {};
  this._current[field] = value === null || value === undefined ? '' : String(value);
};
GlideRecord.prototype.getValue = function (field) {
  var path = String(field).split('.');
  var table = this._table;
  var row = this._current;
  for (var i = 0; i < path.length; i += 1) {
    checkField(table, path[i]);
    if (row === null) return null;
    var value = row[path[i]];
    if (value === undefined || value === '') return null;
    if (i === path.length - 1) return String(value);
    table = REFERENCES[path[i]];
    if (!table) throw new Error('The Rhino double cannot dot-walk ' + path[i]);
    row = findRow(table, 'sys_id', value);
  }
  return null;
};
GlideRecord.prototype.getUniqueValue = function () {
  return this._current ? this._current.sys_id : null;
};
GlideRecord.prototype.getDisplayValue = function (field) {
  if (field === 'task' && this._current) {
    var task = findRow(this._current.task_table, 'sys_id', this._current.task);
    return task ? task.number : '';
  }
  if (field === 'name' && this._current) return this._current.name || '';
  throw new Error('The Rhino double has no display value for ' + this._table + '.' + field);
};
GlideRecord.prototype.getElement = function (field) {
  var self = this;
  return {
    getRefRecord: function () {
      var gr = new GlideRecord(REFERENCES[field]);
      gr.get(self.getValue(field));
      return gr;
    },
    toString: function () {
      return self.getValue(field) || '';
    },
    nil: function () {
      return !self.getValue(field);
    }
  };
};
GlideRecord.prototype.get = function (a, b) {
  var field = b === undefined ? 'sys_id' : String(a);
  var value = b === undefined ? a : b;
  checkField(this._table, field);
  var row = findRow(this._table, field, String(value));
  this._current = row ? copy(row) : null;
  return row !== null;
};
GlideRecord.prototype.addQuery = function (field, value) {
  checkField(this._table, field);
  this._conditions.push([String(field), String(value)]);
};
GlideRecord.prototype.orderByDesc = function (field) {
  this._orderDesc = String(field);
};
GlideRecord.prototype.setLimit = function (limit) {
  this._limit = limit;
};
GlideRecord.prototype.query = function () {
  var conditions = this._conditions;
  var rows = DB.rows[this._table].filter(function (row) {
    for (var i = 0; i < conditions.length; i += 1) if (String(row[conditions[i][0]]) !== conditions[i][1]) return false;
    return true;
  });
  if (this._orderDesc) {
    var order = this._orderDesc;
    rows.sort(function (x, y) {
      return x[order] < y[order] ? 1 : x[order] > y[order] ? -1 : 0;
    });
  }
  if (this._limit >= 0) rows = rows.slice(0, this._limit);
  this._rows = rows;
  this._index = -1;
};
GlideRecord.prototype.next = function () {
  if (this._rows === null) throw new Error('next() before query()');
  this._index += 1;
  this._current = this._index < this._rows.length ? copy(this._rows[this._index]) : null;
  return this._current !== null;
};
GlideRecord.prototype.insert = function () {
  var table = this._table;
  var row = copy(this._current || {});
  var unique = UNIQUE[table] || [];
  for (var i = 0; i < unique.length; i += 1) if (findRow(table, unique[i], row[unique[i]])) return null;
  row.sys_id = newSysId();
  row.sys_created_on = String(DB.now + DB.sequence);
  DB.rows[table].push(row);
  this._current = copy(row);
  return row.sys_id;
};
GlideRecord.prototype.update = function () {
  var table = this._table;
  if (!this._current || !this._current.sys_id) throw new Error('update() without a current record');
  if (DB.failUpdates[table] > 0) {
    DB.failUpdates[table] -= 1;
    return null;
  }
  var rows = DB.rows[table];
  for (var i = 0; i < rows.length; i += 1) {
    if (rows[i].sys_id !== this._current.sys_id) continue;
    for (var name in this._current) {
      if (name === 'work_notes') {
        if (this._current.work_notes !== '')
          DB.journal.push({ table: table, sys_id: rows[i].sys_id, text: this._current.work_notes });
        continue;
      }
      rows[i][name] = this._current[name];
    }
    this._current.work_notes = '';
    return rows[i].sys_id;
  }
  return null;
};
GlideRecord.prototype.deleteRecord = function () {
  var rows = DB.rows[this._table];
  for (var i = 0; i < rows.length; i += 1) {
    if (this._current && rows[i].sys_id === this._current.sys_id) {
      rows.splice(i, 1);
      return true;
    }
  }
  return false;
};
GlideRecord.prototype.setAbortAction = function (abort) {
  this._aborted = !!abort;
};

function findRow(table, field, value) {
  var rows = DB.rows[table] || [];
  for (var i = 0; i < rows.length; i += 1) if (String(rows[i][field]) === String(value)) return rows[i];
  return null;
}

var gs = {
  getProperty: function (name, fallback) {
    var value = DB.properties[name];
    return value === undefined ? (fallback === undefined ? null : fallback) : value;
  },
  generateGUID: function () {
    return newSysId();
  },
  hasRole: function () {
    return true;
  },
  getUserID: function () {
    return 'cccccccccccccccccccccccccccccccc';
  },
  getUserDisplayName: function () {
    return 'Alex Agent';
  },
  addErrorMessage: function (text) {
    DB.messages.push({ kind: 'error', text: String(text) });
  },
  addInfoMessage: function (text) {
    DB.messages.push({ kind: 'info', text: String(text) });
  }
};

function GlideDateTime() {}
GlideDateTime.prototype.getNumericValue = function () {
  return DB.now;
};

function CertificateEncryption() {}
CertificateEncryption.prototype.generateMac = function (base64Key, algorithm, data) {
  var key = java.util.Base64.getDecoder().decode(new java.lang.String(String(base64Key)));
  var mac = javax.crypto.Mac.getInstance(String(algorithm));
  mac.init(new javax.crypto.spec.SecretKeySpec(key, String(algorithm)));
  var bytes = mac.doFinal(new java.lang.String(String(data)).getBytes('UTF-8'));
  return String(java.util.Base64.getEncoder().encodeToString(bytes));
};

var GlideFilter = {
  checkRecord: function () {
    throw new Error('GlideFilter.checkRecord is not modelled by the Rhino doubles (unit tests cover encoded queries)');
  }
};

function RESTMessageV2() {
  throw new Error(
    'RESTMessageV2 is not modelled by the Rhino doubles (the outbound call is tested against the real service)'
  );
}

var GLIDE = {
  GlideRecord: GlideRecord,
  gs: gs,
  GlideDateTime: GlideDateTime,
  CertificateEncryption: CertificateEncryption,
  GlideFilter: GlideFilter
};
GLOBAL.GlideRecord = GlideRecord;
GLOBAL.gs = gs;
GLOBAL.GlideDateTime = GlideDateTime;
GLOBAL.CertificateEncryption = CertificateEncryption;
GLOBAL.GlideFilter = GlideFilter;

// ---------------------------------------------------------------- modules
var MODULES = {};
var CACHE = {};
var BUILTIN = {
  '@servicenow/glide': GLIDE,
  '@servicenow/glide/sn_ws': { RESTMessageV2: RESTMessageV2 },
  '@servicenow/glide/sn_ws_int': {}
};
var APP_PACKAGE = null;

function dirname(path) {
  return path.slice(0, path.lastIndexOf('/'));
}
function normalize(path) {
  var out = [];
  var parts = path.split('/');
  for (var i = 0; i < parts.length; i += 1) {
    if (parts[i] === '.' || parts[i] === '') continue;
    if (parts[i] === '..') out.pop();
    else out.push(parts[i]);
  }
  return out.join('/');
}
function firstExisting(candidates) {
  for (var i = 0; i < candidates.length; i += 1) if (MODULES[candidates[i]] !== undefined) return candidates[i];
  return null;
}
function resolveModule(from, spec) {
  if (BUILTIN[spec]) return spec;
  if (spec.charAt(0) === '.') {
    var base = normalize(dirname(from) + '/' + spec);
    var found = firstExisting([base, base + '.ts', base + '.js', base + '/index.ts', base + '/index.js']);
    if (found) return found;
    throw new Error('Cannot find module ' + spec + ' from ' + from);
  }
  if (MODULES[spec] !== undefined) return spec;
  // A dependency: the app's package.json pins the version, the dependency's package.json `exports` names the file.
  var scope = APP_PACKAGE.split('/')[0];
  var match = /^(@[^/]+\/[^/]+|[^@/][^/]*)(\/.*)?$/.exec(spec);
  if (!match) throw new Error('Cannot resolve ' + spec);
  var app = JSON.parse(MODULES[APP_PACKAGE]);
  var version = (app.dependencies || {})[match[1]];
  if (!version) throw new Error('Dependency ' + match[1] + ' is not in the app package.json');
  var root = scope + '/' + match[1] + '/' + version;
  var pkg = JSON.parse(MODULES[root + '/package.json']);
  var target = (pkg.exports || {})['.' + (match[2] || '')];
  if (typeof target !== 'string') throw new Error('Cannot resolve ' + spec + ': not exported by ' + match[1]);
  return normalize(root + '/' + target);
}
function compile(source, path, params) {
  return CX.compileFunction(GLOBAL, 'function (' + params.join(', ') + ') {' + source + '\n}', path, 1, null);
}
function load(path) {
  if (BUILTIN[path]) return BUILTIN[path];
  if (CACHE[path]) return CACHE[path].exports;
  var source = MODULES[path];
  if (source === undefined) throw new Error('No sys_module ' + path);
  var module = { exports: {} };
  CACHE[path] = module;
  compile(source, path, ['exports', 'require', 'module']).call(
    module.exports,
    module.exports,
    function (spec) {
      return load(resolveModule(path, spec));
    },
    module
  );
  return module.exports;
}
function platformRequire(spec) {
  return load(resolveModule(APP_PACKAGE, spec));
}

// ---------------------------------------------------------------- REST and business rules
function restRequest(command) {
  var headers = {};
  for (var name in command.headers) headers[name.toLowerCase()] = String(command.headers[name]);
  return {
    body: { dataString: command.body },
    headers: headers,
    queryParams: command.query || {},
    pathParams: {},
    getHeader: function (name) {
      var value = headers[String(name).toLowerCase()];
      return value === undefined ? null : value;
    }
  };
}
function restResponse() {
  return {
    status: 200,
    body: null,
    setStatus: function (status) {
      this.status = status;
    },
    setContentType: function () {},
    setBody: function (body) {
      this.body = body;
    }
  };
}
function runScript(script, name, params, args) {
  return compile(script, name, params.concat(['require'])).apply(GLOBAL, args.concat([platformRequire]));
}

// ---------------------------------------------------------------- protocol
/** Arguments from JSON: `{$date: ms}` becomes a Date, `{$module, $export}` an export of a built module. */
function revive(value) {
  if (value === null || typeof value !== 'object') return value;
  if (value.$date !== undefined) return new Date(value.$date);
  if (value.$module !== undefined) return platformRequire(value.$module)[value.$export];
  var out = Array.isArray(value) ? [] : {};
  for (var name in value) out[name] = revive(value[name]);
  return out;
}

var APP = null;
function handle(command) {
  switch (command.op) {
    case 'load': {
      APP = command.app;
      MODULES = APP.modules;
      CACHE = {};
      APP_PACKAGE = null;
      for (var path in MODULES)
        if (path.split('/').slice(1, -2).join('/') === command.appName && /\/package\.json$/.test(path))
          APP_PACKAGE = path;
      if (APP_PACKAGE === null) throw new Error('No sys_module package.json of ' + command.appName);
      return {
        appPackage: APP_PACKAGE,
        engine: String(org.mozilla.javascript.Context.getCurrentContext().getImplementationVersion())
      };
    }
    case 'parseAll': {
      var failures = [];
      for (var p in MODULES) {
        if (/\.json$/.test(p)) continue;
        try {
          compile(MODULES[p], p, ['exports', 'require', 'module']);
        } catch (e) {
          failures.push({ path: p, error: String(e) });
        }
      }
      return { failures: failures };
    }
    case 'setup': {
      resetDb();
      CACHE = {};
      DB.now = command.now;
      DB.properties = command.properties || {};
      for (var table in command.rows || {}) {
        for (var i = 0; i < command.rows[table].length; i += 1) {
          var gr = new GlideRecord(table);
          gr.initialize();
          var row = command.rows[table][i];
          for (var field in row) if (field !== 'sys_id') gr.setValue(field, row[field]);
          var id = gr.insert();
          if (row.sys_id) DB.rows[table][DB.rows[table].length - 1].sys_id = row.sys_id;
          else row.sys_id = id;
        }
      }
      return { ok: true };
    }
    case 'setNow':
      DB.now = command.now;
      return { ok: true };
    case 'call': {
      // Calls an export of a built module, e.g. verifyWebhook of the kit with the app's platform HMAC.
      var exported = platformRequire(command.module)[command.name];
      return { value: exported.apply(null, revive(command.args)) };
    }
    case 'rest': {
      var request = restRequest(command);
      var response = restResponse();
      runScript(APP.restScripts[command.path], 'rest ' + command.path, ['request', 'response'], [request, response]);
      return { status: response.status, body: response.body };
    }
    case 'businessRule': {
      var current = new GlideRecord(command.table);
      current.get(command.sysId);
      var previous = new GlideRecord(command.table);
      previous.get(command.sysId);
      for (var f in command.changes) current.setValue(f, command.changes[f]);
      runScript(
        APP.businessRules[command.name],
        'business rule ' + command.name,
        ['current', 'previous'],
        [current, previous]
      );
      if (!current._aborted) current.update();
      return { aborted: !!current._aborted, messages: DB.messages.splice(0) };
    }
    case 'failNextUpdate':
      DB.failUpdates[command.table] = (DB.failUpdates[command.table] || 0) + 1;
      return { ok: true };
    case 'state':
      return { rows: DB.rows, journal: DB.journal };
    default:
      throw new Error('unknown op ' + command.op);
  }
}

/** JSON with every non-ASCII character escaped, so the line survives any console encoding. */
function asciiJson(value) {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, function (c) {
    return '\\u' + ('0000' + c.charCodeAt(0).toString(16)).slice(-4);
  });
}

var STDIN = new java.io.BufferedReader(new java.io.InputStreamReader(java.lang.System['in'], 'UTF-8'));
var raw;
while ((raw = STDIN.readLine()) !== null) {
  var line = String(raw);
  if (line === '') continue;
  var answer;
  try {
    answer = { ok: true, result: handle(JSON.parse(line)) };
  } catch (e) {
    answer = { ok: false, error: String(e) + (e && e.stack ? '\n' + e.stack : '') };
  }
  print(asciiJson(answer));
}
