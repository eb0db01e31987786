/**
 * The register's programme codes (the CCI, e.g. 2014BG05M9OP001) mapped to our programme
 * files. The one table is built from the `cci` the programme files already carry, so a new
 * programme is added by writing its file, never here. An unknown code is reported, never
 * guessed from a similar one.
 */

export interface ProgrammeCode {
  /** The programme's file name in content/programmes. */
  id: string;
  cci: string;
}

/** CCI code → programme file; throws when two files claim the same code. */
export function programmeCodeTable(programmes: { id: string; cci?: string }[]): Map<string, string> {
  const table = new Map<string, string>();
  for (const { id, cci } of programmes) {
    if (!cci) continue;
    const code = cci.trim().toUpperCase();
    const known = table.get(code);
    if (known)
      throw new Error(`Кодът ${code} е записан в две програми: content/programmes/${known}.yaml и content/programmes/${id}.yaml; оставете го само в едната`);
    table.set(code, id);
  }
  return table;
}

/** A CCI at the start of the register's „Програма“ cell: „2014BG05M9OP001 Развитие на човешките ресурси“. */
const CCI = /^\s*(\d{4}[A-Z]{2}[A-Z0-9]{6,10})\b/i;
/** The programme part of a contract number: BG05M9OP001 in BG05M9OP001-2.004-0049. */
const CONTRACT = /^\s*([A-Z]{2}[A-Z0-9]{6,10})-\d/i;

export type CodeMatch = { id: string; code: string } | { error: string };

/** The programme file of the register's „Програма“ cell, or why there is none. */
export function programmeOfCell(cell: string, table: Map<string, string>): CodeMatch {
  const code = CCI.exec(cell)?.[1]?.toUpperCase();
  if (!code) return { error: `„${cell}“ не започва с код на програма (напр. 2014BG05M9OP001)` };
  const id = table.get(code);
  if (!id) return { error: `кодът ${code} не е на никоя програма в content/programmes; добавете файл на програмата с cci: ${code} или проверете кода` };
  return { id, code };
}

/**
 * The programme file of a contract number: the number starts with the CCI without its year
 * (BG05M9OP001-… under 2014BG05M9OP001), which is compared whole, never by likeness.
 */
export function programmeOfContract(contractNumber: string, table: Map<string, string>): CodeMatch {
  const part = CONTRACT.exec(contractNumber)?.[1]?.toUpperCase();
  if (!part) return { error: `„${contractNumber}“ не прилича на номер на договор (напр. BG05M9OP001-2.004-0049)` };
  const matches = [...table].filter(([code]) => code.slice(4) === part);
  if (matches.length !== 1) {
    return {
      error: matches.length
        ? `номерът ${contractNumber} отговаря на повече от една програма: ${matches.map(([, id]) => id).join(', ')}`
        : `номерът ${contractNumber} е на програма с код …${part}, която не е в content/programmes`,
    };
  }
  const [code, id] = matches[0]!;
  return { id, code };
}

/** Whether a contract number belongs to the programme with this CCI: its programme part is the CCI without the year. */
export function contractMatchesCci(contractNumber: string, cci: string): boolean {
  return CONTRACT.exec(contractNumber)?.[1]?.toUpperCase() === cci.trim().toUpperCase().slice(4);
}
