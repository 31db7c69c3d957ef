import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where `now-sdk build` writes the update records. */
export const BUILT_UPDATE_DIR = join(__dirname, '..', '..', 'dist', 'app', 'update');

/** One field of an update record: CDATA sections joined (now-sdk splits `]]>` across sections), entities decoded. */
export const xmlField = (xml: string, name: string): string | undefined => {
  const raw = new RegExp(`<${name}(?: [^>]*)?>([\\s\\S]*?)</${name}>`).exec(xml)?.[1];
  if (raw === undefined) return undefined;
  if (raw.includes('<![CDATA[')) return raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1');
  return raw
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
};

/** The built update records of one table, as XML text. */
export const builtRecords = (table: string): string[] => {
  if (!existsSync(BUILT_UPDATE_DIR))
    throw new Error(
      `${BUILT_UPDATE_DIR} is missing: run \`npm run check -w servicenow-app\` (now-sdk build) first; npm test does it.`,
    );
  return readdirSync(BUILT_UPDATE_DIR)
    .filter((name) => new RegExp(`^${table}_[0-9a-f]{32}\\.xml$`).test(name))
    .map((name) => readFileSync(join(BUILT_UPDATE_DIR, name), 'utf8'));
};

/** What the platform would hold after installing the app: every sys_module by path, and the scripts that call them. */
export interface BuiltApp {
  /** sys_module `path` → `content` (the JavaScript the instance runs). */
  modules: Record<string, string>;
  /** The Scripted REST operations' scripts by relative path, e.g. `/webhook`. */
  restScripts: Record<string, string>;
  /** The business rules' scripts by name. */
  businessRules: Record<string, string>;
}

/** Reads the app as `now-sdk build` emitted it. */
export const readBuiltApp = (): BuiltApp => {
  const modules: Record<string, string> = {};
  for (const xml of builtRecords('sys_module')) modules[xmlField(xml, 'path')!] = xmlField(xml, 'content') ?? '';
  const restScripts: Record<string, string> = {};
  for (const xml of builtRecords('sys_ws_operation'))
    restScripts[xmlField(xml, 'relative_path')!] = xmlField(xml, 'operation_script') ?? '';
  const businessRules: Record<string, string> = {};
  for (const xml of builtRecords('sys_script')) businessRules[xmlField(xml, 'name')!] = xmlField(xml, 'script') ?? '';
  return { modules, restScripts, businessRules };
};
