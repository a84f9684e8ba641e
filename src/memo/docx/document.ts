/**
 * The Word file: the blocks in a Document with the memo's styles, on A4 with the HTML page's 2 cm
 * margins, packed so that the same memo gives the same bytes. The docx library writes three things
 * that change from one run to the next, and each is set here from the memo itself: the dates in
 * docProps/core.xml (the time of writing), the zip entries' modification times (likewise), and
 * the ids of hyperlink relationships (random).
 */
import { Document, Packer } from "docx";
import { unzipSync, zipSync } from "fflate";
import type { Blocks } from "./blocks";
import { memoNumbering, memoStyles } from "./styles";

export interface DocxMeta {
  /** BCP 47: en-GB, fr-FR. */
  language: string;
  /** YYYY-MM-DD: the date the file says it was written, for every copy of it. */
  date: string;
}

export async function docxFile(b: Blocks, meta: DocxMeta): Promise<Buffer> {
  const doc = new Document({
    title: b.title,
    creator: "rome-assess",
    lastModifiedBy: "rome-assess",
    styles: memoStyles(meta.language),
    numbering: memoNumbering(),
    footnotes: b.footnotes,
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, right: 1134, bottom: 1134, left: 1134, header: 567, footer: 567 } } },
      children: b.body,
    }],
  });
  return settle(await Packer.toBuffer(doc), meta);
}

/** The package rewritten without what varies from run to run. */
function settle(packed: Buffer, meta: DocxMeta): Buffer {
  const files = unzipSync(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength));
  const text = (name: string) => Buffer.from(files[name]!).toString("utf8");
  const put = (name: string, xml: string) => { files[name] = new Uint8Array(Buffer.from(xml, "utf8")); };

  const stamp = `${meta.date}T00:00:00Z`;
  put("docProps/core.xml", text("docProps/core.xml")
    .replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`)
    .replace("</cp:coreProperties>", `<dc:language>${meta.language}</dc:language></cp:coreProperties>`));

  for (const rels of Object.keys(files).filter((n) => n.endsWith(".rels"))) {
    const part = rels.replace(/_rels\/([^/]+)\.rels$/, "$1");
    renumberRelationships(files, rels, part, text, put);
  }

  // A zip entry's time is written in local time: one made from the date's own fields reads the
  // same in every time zone (noon, which no daylight-saving change skips). Zip counts from 1980.
  const [y, m, d] = meta.date.split("-").map(Number) as [number, number, number];
  const mtime = y < 1980 ? new Date(1980, 0, 1, 12) : y > 2099 ? new Date(2099, 11, 31, 12) : new Date(y, m - 1, d, 12);
  return Buffer.from(zipSync(files, { mtime }));
}

/** Relationship ids the library drew at random (its own are rId1, rId2…) become rIdLink1, rIdLink2… in the order written. */
function renumberRelationships(files: Record<string, Uint8Array>, rels: string, part: string, text: (n: string) => string, put: (n: string, xml: string) => void): void {
  const renamed = new Map<string, string>();
  const relsXml = text(rels).replace(/\bId="([^"]+)"/g, (whole, id: string) => {
    if (/^rId\d+$/.test(id)) return whole;
    const fixed = `rIdLink${renamed.size + 1}`;
    renamed.set(id, fixed);
    return `Id="${fixed}"`;
  });
  if (renamed.size === 0) return;
  put(rels, relsXml);
  if (files[part]) put(part, text(part).replace(/\br:id="([^"]+)"/g, (whole, id: string) => (renamed.has(id) ? `r:id="${renamed.get(id)}"` : whole)));
}
