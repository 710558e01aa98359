import { withoutEmphasis } from './join-wrapped';

/**
 * `| No. | 事項名 | 措置の内容 | 実施時期 | 所管府省 |`, `| # | Measure | Responsible | Deadline |`:
 * the header of an action table, as implementation plans, regulatory reform plans and roadmaps
 * tabulate what is to be done, each row saying who does it and by when. A column naming the time
 * and another naming who answers for it make the table one, whatever its text column is called;
 * a table of figures has neither.
 */
export function isActionTableHeader(cells: readonly string[]): boolean {
  const names = cells.map(cell => withoutEmphasis(cell).normalize('NFKC').trim());
  return names.length >= LEAST_COLUMNS && names.some(namesTime) && names.some(namesWhoActs);
}

/** The text column, the time and the one who acts: fewer columns make no action table. */
const LEAST_COLUMNS = 3;

function namesTime(name: string): boolean {
  return JAPANESE_TIME.test(name) || ENGLISH_TIME.test(name);
}

function namesWhoActs(name: string): boolean {
  return JAPANESE_ACTOR.test(name) || ENGLISH_ACTOR.test(name);
}

// `実施時期`, `措置時期`, `期限`, `スケジュール`, `工程`, `目標年度`, `年次計画`: when a measure is to be taken.
const JAPANESE_TIME = /^(?:\S{0,4}時期|\S{0,4}期限|期日|スケジュール|工程|目標年度|実施年度|年次計画)(?:[（(][^）)]*[）)])?$/;
const ENGLISH_TIME = /^(?:time ?frame|timeline|timing|time ?scale|deadline|due(?: date)?|target(?: date| year)?|by when|when|schedule|completion(?: date)?)$/i;
// `所管府省`, `担当`, `実施主体`, `関係省庁`, `責任部署`: who is to take it.
const JAPANESE_ACTOR = /^(?:所管\S{0,3}|担当\S{0,3}|\S{0,2}府省(?:庁)?|\S{0,2}省庁|実施主体|\S{0,2}主体|責任\S{0,3}|\S{0,2}部局)(?:[（(][^）)]*[）)])?$/;
const ENGLISH_ACTOR = /^(?:lead(?: agency| department| organi[sz]ation| body| partner)?|responsible(?: party| agency| body| department| organi[sz]ation)?|responsibility|owner|who|accountable|delivery partners?|partners?)$/i;
