/**
 * Reading a .docx back in tests: its parts unzipped (fflate), and a small, strict XML reader —
 * every tag closed in order, every entity known — so that a part that is not well-formed fails
 * the test instead of being read leniently.
 */
import { unzipSync } from "fflate";

export interface El { name: string; attrs: Record<string, string>; children: (El | string)[] }

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
function decode(text: string): string {
  return text.replace(/&([^;]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(";")) throw new Error(`bare & in ${JSON.stringify(text.slice(0, 60))}`);
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    const c = ENTITIES[name];
    if (c === undefined) throw new Error(`unknown entity &${name};`);
    return c;
  });
}

export function parseXml(xml: string): El {
  const root: El = { name: "#document", attrs: {}, children: [] };
  const stack: El[] = [root];
  for (const m of xml.replace(/^<\?xml[^>]*\?>/, "").matchAll(/<[^>]*>|[^<]+/g)) {
    const piece = m[0];
    const top = stack[stack.length - 1]!;
    if (!piece.startsWith("<")) { top.children.push(decode(piece)); continue; }
    if (piece.startsWith("</")) {
      const name = piece.slice(2, -1).trim();
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const tag = /^<([\w:.-]+)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>$/.exec(piece);
    if (!tag) throw new Error(`malformed tag ${piece.slice(0, 80)}`);
    const attrs: Record<string, string> = {};
    for (const a of tag[2]!.matchAll(/([\w:.-]+)="([^"]*)"/g)) attrs[a[1]!] = decode(a[2]!);
    const el: El = { name: tag[1]!, attrs, children: [] };
    top.children.push(el);
    if (!tag[3]) stack.push(el);
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1]!.name}> is never closed`);
  const [doc] = root.children.filter((c): c is El => typeof c !== "string");
  if (!doc) throw new Error("no root element");
  return doc;
}

/** Every element named `name` under `el`, in document order (not inside another one of the same name). */
export function all(el: El, name: string): El[] {
  const out: El[] = [];
  for (const c of el.children) {
    if (typeof c === "string") continue;
    if (c.name === name) out.push(c);
    else out.push(...all(c, name));
  }
  return out;
}

/** Every element named `name` at any depth, nested ones included. */
export function deep(el: El, name: string): El[] {
  return el.children.flatMap((c) => (typeof c === "string" ? [] : [...(c.name === name ? [c] : []), ...deep(c, name)]));
}

export const child = (el: El, name: string): El | undefined => el.children.find((c): c is El => typeof c !== "string" && c.name === name);

/** An element's own text (dc:title, w:t). */
export const ownText = (el: El): string => el.children.filter((c): c is string => typeof c === "string").join("");

function text(el: El, fields: boolean): string {
  if (el.name === "w:fldSimple" && !fields) return "";
  if (el.name === "w:t") return ownText(el);
  return el.children.map((c) => (typeof c === "string" ? "" : text(c, fields))).join("");
}
/** The text of a paragraph, a cell, a note: its w:t, without the number a NOTEREF field repeats (Markdown has no text there). */
export const textOf = (el: El): string => text(el, false);
/** The text with the fields' shown results. */
export const shownText = (el: El): string => text(el, true);

/** A paragraph's style id (w:pPr/w:pStyle), if any. */
export const styleOf = (p: El): string | undefined => child(child(p, "w:pPr") ?? p, "w:pStyle")?.attrs["w:val"];

export interface Docx { parts: Record<string, string>; document: El; footnotes: El; xml(name: string): El }

export function readDocx(bytes: Uint8Array): Docx {
  const files = unzipSync(bytes);
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) parts[name] = Buffer.from(data).toString("utf8");
  const xml = (name: string) => {
    if (parts[name] === undefined) throw new Error(`${name} is not in the package`);
    return parseXml(parts[name]!);
  };
  return { parts, document: xml("word/document.xml"), footnotes: xml("word/footnotes.xml"), xml };
}
