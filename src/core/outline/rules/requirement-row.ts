import { withoutEmphasis } from './join-wrapped';
import { hasProposalMarker } from './prose-recommendation';
import { tableCells, titleCell } from './table-row';

/** A requirement in a row of a standard's table: its id (the label) and its text. */
export interface RequirementRow {
  id: string;
  text: string;
  offset: number;
}

/**
 * `| **16.2.1** | Verify that each log entry … | 2 |`: verification standards and control
 * catalogues tabulate their requirements, each row led by its dotted id (`9.2.4`, `V1.2.3`,
 * `A.5.1`) with the requirement in another cell. A row is one when its text requires something:
 * it opens with a verifying verb (`Verify that`, `Ensure that`, `検証:`) or has a proposal marker
 * (must, should, すべき). A numbered table of findings or a contents laid out as a table is not one.
 */
export function matchRequirementRow(text: string): RequirementRow | undefined {
  const cells = tableCells(text);
  if (!cells || cells.length < 2) return undefined;
  const id = REQUIREMENT_ID.exec(withoutEmphasis(cells[0].text));
  if (!id) return undefined;
  const body = titleCell(cells.slice(1));
  if (!body) return undefined;
  const requirement = withoutEmphasis(body.text);
  if (!VERIFYING_OPENING.test(requirement) && !hasProposalMarker(requirement)) return undefined;
  return { id: id[1], text: requirement, offset: body.offset };
}

/** Two to four numbers joined by dots, perhaps after a letter or two (`16.2.1`, `V1.2.3`, `C9.2`, `A.5.1`). */
const REQUIREMENT_ID = /^([A-Z]{0,2}\.?[0-9]{1,3}(?:\.[0-9]{1,3}){1,3})$/;
/** `Verify that`, `Ensure that`, `**検証:**` as standards open each requirement (after its emphasis is taken off). */
const VERIFYING_OPENING = /^(?:Verify|Ensure|Confirm|Check) that\b|^(?:検証|確認)\s*[:：]/;
