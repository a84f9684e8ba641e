/* Generated from schemas/import-mapping.schema.json by scripts/gen-types.js. Do not edit. */

/**
 * The incident's fact the column holds.
 */
export type Fact =
  | (
      | "id"
      | "description"
      | "act"
      | "attack"
      | "start"
      | "end"
      | "period"
      | "partOfAttack"
      | "knowledgeOfAttack"
      | "grounds"
      | "situations"
      | "territories"
      | "perpetrators.id"
      | "perpetrators.name"
      | "perpetrators.nationalities"
      | "perpetrators.adult"
      | "perpetrators.birthDate"
    )
  | string;

/**
 * Says which column of a spreadsheet (one incident a row) holds which fact of the fact set (docs/IMPORT.md). Written by hand.
 */
export interface ImportMapping {
  $schema?: string;
  /**
   * What the mapping is for, in words; not read.
   */
  description?: string;
  /**
   * Each column header, as the sheet writes it, with the fact it holds: a fact's name, an object with options, a list of either (one column, several facts), or null for a column to leave out.
   */
  columns: {
    [k: string]: Fact | Column | (Fact | Column)[] | null;
  };
  /**
   * The words the sheet uses for yes, no and unknown (compared without regard to case or surrounding spaces): {"yes": true, "no": false, "": null}. Added to the defaults yes, no, true, false, unknown and the empty cell.
   */
  values?: {
    [k: string]: boolean | null;
  };
  /**
   * How the sheet writes a date. Default YYYY-MM-DD (YYYY/MM/DD is also read then).
   */
  dateFormat?: "YYYY-MM-DD" | "YYYY/MM/DD" | "DD/MM/YYYY" | "MM/DD/YYYY" | "DD.MM.YYYY";
  /**
   * Facts of the attack, the same for every row (the fact set's `attack`). A --base fact set's attack or attacks wins over it.
   */
  attack?: {
    [k: string]: unknown;
  };
  /**
   * Facts given to every incident unless a column gives them (such as {"partOfAttack": true}); `elements` is merged with the columns' elements.
   */
  incident?: {
    [k: string]: unknown;
  };
}
export interface Column {
  fact: Fact;
  /**
   * The separator between several values in one cell, such as "|" (territories, grounds, situations, nationalities, or perpetrators' ids and names, one per perpetrator).
   */
  split?: string;
  /**
   * territories: what took place in the States of this column.
   */
  part?: "conduct" | "element" | "effects";
  /**
   * This column's own words and what each means: {"Killing": "murder"}, {"Oui": true}.
   */
  values?: {
    [k: string]: string | boolean | null;
  };
  /**
   * description: the words put before this column's text ("Latitude").
   */
  label?: string;
  /**
   * perpetrators.*: which perpetrator of the row (1 unless the sheet has a column per perpetrator).
   */
  perpetrator?: number;
  /**
   * id: make an id of the text (lower case, hyphens), as from a title.
   */
  slug?: boolean;
  /**
   * The sheet may lack this column.
   */
  optional?: boolean;
}
