/**
 * A sheet of incidents (CSV, one a row) and a mapping → a fact set, validated as any fact set is.
 * Every error is said where the user can fix it: a cell by its row and column (the validator's
 * JSON Pointers mapped back), the mapping by its pointer, a base fact set by its.
 */
import type { FactSet } from "../facts/factSet.generated";
import { MAX_ERRORS, validateFactSet } from "../facts/validate";
import { checkMapping } from "./mapping";
import { CellError, RowIncident, matchColumns, rowsToIncidents } from "./rows";
import { readSheet } from "./sheet";

export interface ImportError {
  /** Where the fact would be in the fact set (JSON Pointer); "" for the sheet as a whole. */
  pointer: string;
  /** The whole sentence, naming the row and column where there is one. */
  message: string;
  /** The sheet's row, as a spreadsheet numbers it (the header is row 1). */
  row?: number;
  column?: string;
}
export type ImportResult = { ok: true; factSet: FactSet } | { ok: false; errors: ImportError[] };
export interface ImportOptions { base?: unknown; delimiter?: string }

const cellError = (e: CellError, offset: number, index: number): ImportError =>
  ({ pointer: `/incidents/${offset + index}${e.pointer}`, row: e.row, column: e.column, message: `row ${e.row}, column ${JSON.stringify(e.column)}: ${e.message}` });

export function importCsv(text: string, mappingInput: unknown, options: ImportOptions = {}): ImportResult {
  const checked = checkMapping(mappingInput);
  if (!checked.ok) return { ok: false, errors: checked.errors.map((e) => ({ pointer: "", message: `the mapping, at ${e.pointer}: ${e.message}` })) };
  const mapping = checked.mapping;
  const base = options.base ?? { factSetVersion: 1 };
  if (typeof base !== "object" || base === null || Array.isArray(base)) return { ok: false, errors: [{ pointer: "", message: "the base fact set must be a JSON object (a fact set, with or without incidents)" }] };

  const read = readSheet(text, options.delimiter);
  if (!read.ok) return { ok: false, errors: [{ pointer: "", message: read.message, ...(read.row ? { row: read.row } : {}) }] };
  const { columns, missing } = matchColumns(mapping, read.sheet);
  if (missing.length) {
    return { ok: false, errors: missing.map((name) => ({ pointer: "", column: name, message: `the mapping names the column ${JSON.stringify(name)}, which the sheet does not have (its columns: ${read.sheet.header.filter((h) => h).map((h) => JSON.stringify(h)).join(", ")}); mark it "optional": true if the sheet may lack it` })) };
  }
  if (read.sheet.rows.length === 0) return { ok: false, errors: [{ pointer: "", message: "the sheet has a header but no row: one incident a row, below the header" }] };

  const { incidents, errors: cellErrors } = rowsToIncidents(mapping, read.sheet, columns);
  const b = base as Record<string, unknown>;
  const baseIncidents = Array.isArray(b.incidents) ? (b.incidents as unknown[]) : [];
  const offset = baseIncidents.length;
  const fromMapping = mapping.attack !== undefined && b.attack === undefined && b.attacks === undefined;
  const factSet: Record<string, unknown> = { factSetVersion: 1, ...b, ...(fromMapping ? { attack: mapping.attack } : {}), incidents: [...baseIncidents, ...incidents.map((i) => i.incident)] };

  const rowOf = new Map(incidents.map((inc, i) => [inc.row, i]));
  const errors: ImportError[] = cellErrors.map((e) => cellError(e, offset, rowOf.get(e.row)!));
  const validation = validateFactSet(factSet);
  if (!validation.ok) {
    const said = new Set(errors.map((e) => `${e.row}\u0000${e.column}`));
    for (const e of validation.errors) {
      const located = locate(e, incidents, offset, fromMapping);
      if (located.row !== undefined && said.has(`${located.row}\u0000${located.column}`)) continue; // that cell is reported already
      errors.push(located);
    }
  }
  if (errors.length) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  return { ok: true, factSet: validation.ok ? validation.factSet : (factSet as unknown as FactSet) };
}

/** A validator error, said by row and column where the pointer falls in an imported incident. */
export function locate(e: { pointer: string; message: string }, incidents: RowIncident[], offset: number, attackFromMapping: boolean): ImportError {
  const m = /^\/incidents\/(\d+)(\/.*)?$/.exec(e.pointer);
  const index = m ? Number(m[1]) - offset : -1;
  const inc = index >= 0 ? incidents[index] : undefined;
  if (!inc) {
    if (m && index >= incidents.length) return { pointer: e.pointer, message: `${e.pointer}: ${e.message}` };
    const from = /^\/attack(\/|$)/.test(e.pointer) && attackFromMapping ? "the mapping's attack" : "the base fact set";
    return { pointer: e.pointer, message: `${from}, at ${e.pointer || "/"}: ${e.message}` };
  }
  const rest = m![2] ?? "";
  let column: string | undefined;
  let best = -1;
  for (const [at, col] of inc.origins) {
    if ((rest === at || rest.startsWith(at + "/")) && at.length > best) { column = col; best = at.length; }
  }
  // For an id typed in a sheet, the fix the mapping offers too (its "slug").
  const message = rest === "/id" && /^must be written with/.test(e.message) ? `${JSON.stringify(inc.incident.id)} cannot be an incident's id: use only lower-case letters, digits and hyphens, or give the column "slug": true in the mapping to make an id of the text` : e.message;
  if (column !== undefined) return { pointer: e.pointer, row: inc.row, column, message: `row ${inc.row}, column ${JSON.stringify(column)}: ${message}` };
  // Not from a cell: the row as a whole, or a fact the mapping's "incident" gives every row.
  const what = rest === "" ? "" : ` (${rest.slice(1)}, from no column${/^\/(act|id)$/.test(rest) ? ": the mapping must say which column holds it" : ""})`;
  return { pointer: e.pointer, row: inc.row, message: `row ${inc.row}${what}: ${message}` };
}
