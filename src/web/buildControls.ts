/**
 * Which control answers a fact, found from the fact-set schema at its JSON Pointer: yes / no /
 * unknown for a three-valued fact, a date input for a date, a select of States for a State, the
 * listed values for an enum, rows for the lists the engine asks for whole (the places, the
 * perpetrators), and text for the rest. Pure: the schema is data.
 */
import factSetSchema from "../../schemas/fact-set.schema.json";

type Node = Record<string, unknown>;
const DEFS = (factSetSchema as unknown as { $defs: Record<string, Node> }).$defs;

export type ControlKind =
  | "bool" | "choice" | "date" | "period" | "birth" | "state" | "states" | "situations" | "text" | "multi"
  | "connections" | "territories" | "perpetrators" | "scope" | "attackRef" | "unsupported";

export interface Control {
  kind: ControlKind;
  /** The fact asked for. */
  pointer: string;
  /** Every pointer the control sets (a period sets both ends; a date of birth, `adult` too). */
  covers: string[];
  /** choice and multi: the values offered (without null). */
  values?: string[];
}

/** The schema of the value at a pointer, and the name of the last definition reached. */
export function schemaAt(pointer: string): { def?: string; node: Node } | undefined {
  let node: Node = factSetSchema as unknown as Node;
  let def: string | undefined;
  const deref = () => {
    for (let i = 0; i < 8; i++) {
      const r = node.$ref;
      if (typeof r === "string" && r.startsWith("#/$defs/")) { def = r.slice(8); node = DEFS[def]!; continue; }
      const alt = (node.anyOf ?? node.oneOf) as Node[] | undefined;
      // A nullable value: the branch that is not null.
      const real = alt?.filter((b) => b.type !== "null");
      if (real?.length === 1) { node = real[0]!; continue; }
      break;
    }
  };
  deref();
  for (const t of pointer.split("/").slice(1).map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"))) {
    const props = node.properties as Record<string, Node> | undefined;
    if (props?.[t]) node = props[t]!;
    else if (node.items && /^\d+$/.test(t)) node = node.items as Node;
    else if (node.additionalProperties && typeof node.additionalProperties === "object") node = node.additionalProperties as Node;
    else return undefined;
    def = undefined;
    deref();
  }
  return { ...(def ? { def } : {}), node };
}

const types = (n: Node) => [n.type ?? []].flat() as string[];
const enumOf = (n: Node) => ((n.enum as unknown[] | undefined) ?? []).filter((v): v is string => typeof v === "string");

/** The kind of a single field's value, as the answer reads it back. */
export function fieldKind(pointer: string): "bool" | "date" | "state" | "choice" | "multi" | "text" | "states" | undefined {
  const at = schemaAt(pointer);
  if (!at) return undefined;
  const { def, node } = at;
  if (def === "fact" || (types(node).includes("boolean"))) return "bool";
  if (def === "calendarDate" || def === "nullableDate") return "date";
  if (def === "state") return "state";
  if (node.enum) return "choice";
  if (node.type === "array") {
    const items = schemaAt(`${pointer}/0`);
    if (items?.def === "state") return "states";
    if (items?.node.enum) return "multi";
    return undefined;
  }
  if (types(node).includes("string")) return "text";
  return undefined;
}

const parentOf = (p: string) => p.slice(0, p.lastIndexOf("/"));
const lastOf = (p: string) => p.slice(p.lastIndexOf("/") + 1);

/** The control that answers the fact at `pointer`. */
export function controlFor(pointer: string): Control {
  const at = schemaAt(pointer);
  const one = (kind: ControlKind, extra: Partial<Control> = {}): Control => ({ kind, pointer, covers: [pointer], ...extra });
  if (!at) return one("unsupported");
  const { def, node } = at;
  const name = lastOf(pointer);
  const parent = schemaAt(parentOf(pointer));
  const siblings = (parent?.node.properties ?? {}) as Record<string, Node>;
  if (def === "calendarDate" || def === "nullableDate") {
    // The engine asks the two ends in one question ("when did it start and end?").
    const pair = name === "start" || name === "end" ? ["start", "end"] : name === "from" || name === "to" ? ["from", "to"] : undefined;
    if (pair && siblings[pair[0]!] && siblings[pair[1]!]) return one("period", { covers: pair.map((k) => `${parentOf(pointer)}/${k}`) });
    if (name === "birthDate") return one("birth", { covers: [pointer, `${parentOf(pointer)}/adult`] });
    return one("date");
  }
  if (def === "stepScope") return one("scope", { covers: [pointer] });
  if (name === "situations" && node.type === "array") return one("situations");
  if (name === "attack" && parent?.def === "incident") return one("attackRef");
  if (node.type === "array") {
    const items = schemaAt(`${pointer}/0`);
    if (items?.def === "territory") return one("territories");
    if (items?.def === "perpetrator") return one("perpetrators");
    if (items?.def === "connection") return one("connections");
    if (items?.def === "state") return one("states");
    if (items?.node.enum) return one("multi", { values: enumOf(items.node) });
    return one("unsupported");
  }
  const kind = fieldKind(pointer);
  if (kind === "choice") return one("choice", { values: enumOf(node) });
  if (kind === "bool" || kind === "state" || kind === "text") return one(kind);
  return one("unsupported");
}
