/** The web page's fixed words, one file per language in templates/web/<lang>/strings.json. */
import type en from "../../templates/web/en/strings.json";

export type WebStrings = typeof en & { values: Record<string, string>; outcomes: Record<string, string>; routes: Record<string, string> };
