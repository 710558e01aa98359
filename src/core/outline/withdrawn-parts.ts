import type { OutlineNode } from './model';

/**
 * `## Removed Policies`, `Withdrawn recommendations`, `廃止された施策`, `採択されなかった提案`: a part that keeps what a
 * living baseline or a plan has taken back (security baselines, standards and plans revised in
 * place keep a record of it), and a safety board's part that closes or reclassifies the
 * recommendations it made before (`Previously Issued Recommendation Reclassified in This Report`).
 * What it lists is no longer proposed: its recommendations are items, still shown where they are.
 * So are those of a part that assesses compliance with a standard's numbered recommendations
 * (`TECHNICAL COMPLIANCE ANNEX` over `Recommendation 1 – Assessing risks …`, as a peer evaluation
 * rates a country against each): they name the standard, no proposal of the text. So are those of
 * a part that follows up what was recommended before (`Progress on recommendations from the last
 * full inspection`, `前回の提言の実施状況`, as inspectorates and auditors report each with its status).
 */
export function markWithdrawnParts(nodes: OutlineNode[]): OutlineNode[] {
  return demoteParts(nodes, title => WITHDRAWN.test(title) || ASSESSES_COMPLIANCE.test(title) || FOLLOWS_UP.test(title));
}

/**
 * `DISSENTING REPORT OF THE … MEMBERS`, `Supplementary opinion`, `Additional comments from the …
 * Greens`, `少数意見`: a part in which some of a committee's members set out their own view after its
 * report (parliamentary committees, courts' and councils' minority opinions). What it recommends is theirs, not the body's: its
 * recommendations are items, still shown where they are. Wherever it stands: a converter may set it
 * under the appendix before it (`## APPENDIX B` then `## SUPPLEMENTARY OPINION OF THE … PARTY`).
 * So is another committee's opinion annexed to the report (see ANNEXED_OPINION).
 */
export function markMinorityParts(nodes: OutlineNode[]): OutlineNode[] {
  return demoteParts(nodes, title => MINORITY.test(title) || ANNEXED_OPINION.test(title));
}

const MINORITY = /^\W*(?:(?:dissenting|supplementary|minority|additional)\s+(?:report|opinion|views?|comments?)s?\b|(?:少数|反対|補足)意見)/i;
/**
 * `OPINION OF THE COMMITTEE ON CULTURE AND EDUCATION`: the opinion another committee gave the one
 * responsible, annexed to its report (a parliament's committee reports): its suggestions are that
 * committee's, not the report's.
 */
const ANNEXED_OPINION = /^\W*opinion\s+of\s+the\s+committee\s+(?:on|for)\b/i;

/** Under each chapter or section whose title `names` (the first such on each path), recommendations become items. */
function demoteParts(nodes: OutlineNode[], names: (title: string) => boolean): OutlineNode[] {
  for (const node of nodes) {
    if ((node.kind === 'chapter' || node.kind === 'section') && names(node.title)) demote(node.children);
    else demoteParts(node.children, names);
  }
  return nodes;
}

function demote(nodes: OutlineNode[]): void {
  for (const node of nodes) {
    if (node.kind === 'recommendation') node.kind = 'item';
    demote(node.children);
  }
}

/**
 * Taken back, said of what a document proposes or requires, before or after the noun; or voted
 * down (`４\u3000採択されなかった提案`, `Proposals not adopted`, as a citizens' assembly records the
 * proposals that missed its threshold).
 */
const TAKEN_BACK = 'removed|withdrawn|superseded|deprecated|rescinded|retired|reclassified|closed|rejected';
const PROPOSED = 'policies|policy|recommendations|recommendation|requirements|controls|measures|provisions|commitments|proposals';
const WITHDRAWN = new RegExp(`\\b(?:${TAKEN_BACK})\\s+(?:${PROPOSED})\\b|\\b(?:${PROPOSED})\\s+(?:${TAKEN_BACK}|not\\s+adopted)\\b|(?:廃止|削除|撤回)(?:された|した)?(?:提言|施策|政策|要件|措置)|(?:採択されなかった|不採択(?:と(?:なった|した))?の?|否決された)(?:提言|提案|意見)`, 'i');
const ASSESSES_COMPLIANCE = /\btechnical\s+compliance\b|\bcompliance\s+annex\b|\bassessment\s+of\s+compliance\b/i;
/**
 * Earlier recommendations followed up: their progress, implementation, status or delivery (`Delivery of our 2024 recommendations`),
 * or what the agency did on them (`Agency Actions on Prior Recommendations`, as an auditor's testimony tables them),
 * or those from the last report, or those issued before and reiterated or reclassified (`Previously Issued
 * Recommendations Reiterated in This Report`, as a transport safety board's report closes); or a year's requests answered (`参考\u3000令和５年度要望に対する教育委員会の回答`, as a
 * parents' federation reprints last year's requests with the board's answers).
 */
const FOLLOWS_UP = /\b(?:progress|follow-up|implementation|status|delivery|actions?)\s+(?:on|of|against)\s+(?:(?:the|our)\s+)?(?:(?:previous|earlier|prior|past|(?:19|20)[0-9]{2})\s+recommendations\b|recommendations\s+(?:from|of|made)\b)|\brecommendations\s+from\s+(?:the\s+|our\s+)?(?:last|previous|earlier|prior)\b|\bpreviously\s+(?:issued|made)\s+(?:safety\s+)?recommendations?\b|(?:前回|前年度|過年度|(?:令和|平成)[0-9０-９元]{1,2}年度|(?:19|20)[0-9]{2}年度)の?(?:提言|勧告|指摘事項|指摘|要望|提案)(?:に対する|の)?(?:[^\s、。]{1,12}の)?(?:(?:実施|措置|対応)状況|回答)/i;
