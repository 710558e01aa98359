import type { Annotation } from '../annotations/model';
import { codePointOffsets } from '../export/code-points';
import { compareStrings } from '../export/compare';
import type { PreparedDocument } from '../export/rows';
import { flattenCodes, type QdaCode } from './codes';
import { guidFromUlid, nameGuid } from './guid';
import { XmlWriter, type Attributes } from './xml-text';

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';

/** A document's text as the `.qdpx` carries it, under `sources/`. */
export interface QdaSourceFile {
  /** The file name inside the archive's `sources/` folder. */
  fileName: string;
  text: string;
}

export interface QdaProject {
  /** `project.qde` as UTF-8, as the archive holds it. */
  qde: Uint8Array;
  /** The text of `project.qde` (decoded from `qde` when first read). */
  readonly xml: string;
  sources: QdaSourceFile[];
  /** Characters XML cannot carry, replaced by U+FFFD in names and notes. */
  replacedCharacters: number;
  /** Annotations whose quote is no longer in their document, which a QDA project cannot code. */
  orphansLeftOut: number;
}

export interface ProjectOptions {
  name: string;
  /** Written as the project's `origin`, e.g. `Policy Annotator 0.1.0`. */
  origin: string;
}

/**
 * The REFI-QDA project of some annotated documents: users from the annotations' authors, the
 * code tree, each document as a `TextSource` whose text goes beside the XML, each annotation as
 * a `PlainTextSelection` (zero-based code-point positions into that text, end exclusive) with
 * one `Coding` per tag, and its note and replies as `Note`s it refers to.
 */
export function buildProject(documents: readonly PreparedDocument[], codes: readonly QdaCode[], options: ProjectOptions): QdaProject {
  const codeGuid = new Map(flattenCodes(codes).map(c => [c.tag, c.guid]));
  const users = collectUsers(documents);
  const userGuids = new Map(users.map(author => [author, nameGuid('user', author)]));
  const userGuid = (author: string) => userGuids.get(author) ?? nameGuid('user', author);
  const xml = new XmlWriter();
  const notes: { guid: string; name: string; author: string; created: string; text: string }[] = [];
  const sources: QdaSourceFile[] = [];
  let orphans = 0;

  xml.open('Project', { name: options.name, origin: options.origin }, PROJECT_NAMESPACE);
  if (users.length) {
    xml.open('Users');
    for (const author of users) xml.empty('User', { guid: userGuid(author), name: author });
    xml.close('Users');
  }
  if (codes.length) {
    xml.open('CodeBook');
    writeCodes(xml, codes);
    xml.close('CodeBook');
  }
  if (documents.length) {
    xml.open('Sources');
    for (const document of documents) {
      const sourceGuid = nameGuid('source', document.path);
      const fileName = `${sourceGuid}.txt`;
      sources.push({ fileName, text: document.text });
      xml.open('TextSource', { guid: sourceGuid, name: document.path, plainTextPath: `internal://${fileName}` });
      const toCodePoints = codePointOffsets(document.text);
      for (const row of document.rows) {
        const a = row.annotation;
        // A QDA project codes text that is there: an orphan's quote is not, so it is left out
        // (and counted, for the caller to say so) rather than coded onto other words.
        const range = row.range;
        if (!range) {
          orphans++;
          continue;
        }
        const selectionGuid = guidFromUlid(a.id);
        xml.open('PlainTextSelection', {
          guid: selectionGuid,
          name: a.quote,
          startPosition: toCodePoints(range.start),
          endPosition: toCodePoints(range.end),
          ...stamps(a.author, a.created, a.updated, userGuid),
        });
        for (const tag of a.tags ?? []) {
          xml.open('Coding', { guid: nameGuid('coding', `${a.id}\u0000${tag}`), creatingUser: userGuid(a.author), creationDateTime: a.created });
          xml.empty('CodeRef', { targetGUID: codeGuid.get(tag) ?? nameGuid('code', tag) });
          xml.close('Coding');
        }
        for (const note of notesOf(a, selectionGuid)) {
          notes.push(note);
          xml.empty('NoteRef', { targetGUID: note.guid });
        }
        xml.close('PlainTextSelection');
      }
      xml.close('TextSource');
    }
    xml.close('Sources');
  }
  if (notes.length) {
    xml.open('Notes');
    for (const note of notes) {
      xml.open('Note', { guid: note.guid, name: note.name, creatingUser: userGuid(note.author), creationDateTime: note.created });
      xml.textElement('PlainTextContent', note.text);
      xml.close('Note');
    }
    xml.close('Notes');
  }
  xml.close('Project');
  const qde = xml.toBytes();
  let text: string | undefined;
  return {
    qde,
    get xml() {
      return (text ??= new TextDecoder().decode(qde));
    },
    sources,
    replacedCharacters: xml.replaced,
    orphansLeftOut: orphans,
  };
}

/** Codes as nested `Code` elements, as both the project and the codebook schema have them. */
export function writeCodes(xml: XmlWriter, codes: readonly QdaCode[]): void {
  xml.open('Codes');
  const write = (code: QdaCode) => {
    const attributes: Attributes = { guid: code.guid, name: code.label, isCodable: code.codable, color: code.color };
    if (!code.description && !code.children.length) {
      xml.empty('Code', attributes);
      return;
    }
    xml.open('Code', attributes);
    if (code.description) xml.textElement('Description', code.description);
    code.children.forEach(write);
    xml.close('Code');
  };
  codes.forEach(write);
  xml.close('Codes');
}

/** The note name marks which note is the annotation's own and which are replies, for import. */
export const NOTE_NAME = 'Note';
export const REPLY_NAME = 'Reply';

function notesOf(a: Annotation, selectionGuid: string) {
  const notes = [];
  if (a.note !== undefined) {
    notes.push({ guid: nameGuid('note', selectionGuid), name: NOTE_NAME, author: a.author, created: a.updated ?? a.created, text: a.note });
  }
  (a.replies ?? []).forEach((reply, i) => {
    notes.push({ guid: nameGuid('reply', `${selectionGuid}\u0000${i}`), name: REPLY_NAME, author: reply.author, created: reply.created, text: reply.note });
  });
  return notes;
}

function stamps(author: string, created: string, updated: string | undefined, userGuid: (author: string) => string): Attributes {
  return {
    creatingUser: userGuid(author),
    creationDateTime: created,
    ...(updated !== undefined ? { modifyingUser: userGuid(author), modifiedDateTime: updated } : {}),
  };
}

function collectUsers(documents: readonly PreparedDocument[]): string[] {
  const users = new Set<string>();
  for (const d of documents) {
    for (const { annotation } of d.rows) {
      users.add(annotation.author);
      for (const reply of annotation.replies ?? []) users.add(reply.author);
    }
  }
  return [...users].sort(compareStrings);
}
