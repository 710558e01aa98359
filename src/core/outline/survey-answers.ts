import type { Lines } from './lines';
import type { OutlineNode } from './model';
import { nextVisibleText } from './line-context';
import { createNode, extend, extendTo } from './tree';
import { matchBullet } from './rules/bullet';
import { joinWrapped } from './rules/join-wrapped';
import { asksForAction, matchQuestion } from './rules/question';

/** A survey's answer group (⚫ ●) and the answers under it (• ・). */
const GROUP_MARK = /^\s*[⚫●]/;
const ANSWER_MARK = /^\s*[•・]/;

/**
 * The questions of a survey report (`【…】`) and the answers listed under each, grouped when a
 * ⚫ line heads • answers. The answers to a question that asks what should be done are
 * recommendations; the others are items.
 */
export class SurveyAnswers {
  private question?: { node: OutlineNode; forAction: boolean };
  private group?: OutlineNode;
  private answer?: OutlineNode;

  constructor(private readonly lines: Lines, private readonly roots: OutlineNode[]) {}

  /** A blank line or a closed part: the next line does not continue the last answer. */
  endAnswer(): void {
    this.answer = undefined;
  }

  line(i: number, text: string): void {
    const question = matchQuestion(text);
    if (question !== undefined) {
      this.answer = undefined;
      this.group = undefined;
      if (this.question?.node.title !== question) {
        const node = createNode('question', question, this.lines, i);
        this.roots.push(node);
        this.question = { node, forAction: asksForAction(question) };
      }
      extend(this.question.node, this.lines, i);
      return;
    }
    if (!this.question) return;
    const answerKind = this.question.forAction ? 'recommendation' : 'item';
    const bullet = matchBullet(text);
    if (GROUP_MARK.test(text) && bullet) {
      const next = nextVisibleText(this.lines, i);
      if (next !== undefined && ANSWER_MARK.test(next)) {
        this.group = createNode('group', bullet.text, this.lines, i);
        this.question.node.children.push(this.group);
        this.answer = undefined;
      } else {
        this.group = undefined;
        this.answer = createNode(answerKind, bullet.text, this.lines, i);
        this.answer.start += bullet.offset;
        this.question.node.children.push(this.answer);
      }
    } else if (bullet && ANSWER_MARK.test(text)) {
      this.answer = createNode(answerKind, bullet.text, this.lines, i);
      this.answer.start += bullet.offset;
      (this.group ?? this.question.node).children.push(this.answer);
    } else if (this.answer) {
      this.answer.title = joinWrapped(this.answer.title, text.trim());
    } else {
      return;
    }
    extendTo([this.answer, this.group, this.question.node], this.lines, i);
  }
}
