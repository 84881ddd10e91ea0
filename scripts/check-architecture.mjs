// The architecture check (docs/architecture.md): every source file sits on a declared floor,
// imports only its own room or a lower floor, no import cycle between files or rooms, no file over
// the size limit (frozen framework data aside) and no function over the function limit. Prints
// every violation and exits 1 when there is one. `node scripts/check-architecture.mjs [root]`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** The floors, lowest first. A room is a folder of src (or one entry file); it may import its own
 * files and any room on a lower floor, never one on its own floor or above. */
export const FLOORS = [
  ['model'],
  ['evidence', 'frameworks'],
  ['framework'],
  ['rules'],
  ['margins', 'format', 'published'],
  ['cases'],
  ['sampling', 'moderation', 'confidence', 'live'],
  ['breakdown', 'trend'],
  // grades uses breakdown's suppression; actions reads margins, confidence and trend. Neither
  // imports the other, and the entries do not import them (each has its own subpath).
  ['grades', 'actions'],
  ['index.ts', 'toolkit.ts'],
  // The tools floors: the hmip-ratings-sheets package, which reaches the core only by its name.
  ['sheet'],
  ['read'],
  ['pipelines'],
  ['output', 'elements'],
  ['sheets.ts'],
  ['cli'],
];
/** Imports a room may not make although the floors allow them. */
export const FORBIDDEN = { output: ['read'], elements: ['sheet', 'read', 'pipelines'] };
/** Bare specifiers that stand for a room (the packages and the core's subpath entries by name). */
export const PACKAGES = {
  'hmip-ratings': 'index.ts',
  'hmip-ratings/toolkit': 'toolkit.ts',
  'hmip-ratings-sheets': 'sheets.ts',
  'hmip-ratings-sheets/elements': 'elements/index.ts',
};
/** The source file a bare specifier names, or undefined when it names no part of this tree. */
const packageFile = (spec) => {
  if (Object.hasOwn(PACKAGES, spec)) return PACKAGES[spec];
  const room = /^hmip-ratings\/([a-z]+)$/.exec(spec);
  return room ? `${room[1]}/index.ts` : undefined;
};
export const MAX_FILE_LINES = 450;
export const MAX_FUNCTION_LINES = 100;
/** Frozen framework data, exempt from the file limit (its size is the standards' own text). */
export const DATA_FILES = [/^frameworks\/youth-20\d\d\.ts$/, /^published\/[a-z-]+-20\d\d\.ts$/];

const floorOf = new Map(FLOORS.flatMap((rooms, floor) => rooms.map((room) => [room, floor])));
const roomOf = (file) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : file);

function sourceFiles(dir, base = dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path, base);
    return /\.ts$/.test(name) ? [relative(base, path)] : [];
  });
}

function longFunctions(file, text) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isFunctionLike(node) && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.end).line;
      if (end - start + 1 > MAX_FUNCTION_LINES) {
        const named =
          node.name ?? (ts.isVariableDeclaration(node.parent) ? node.parent.name : undefined);
        found.push({
          name: named ? named.getText() : '(anonymous)',
          line: start + 1,
          lines: end - start + 1,
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every violation in the tree under root/src, as lines of text. */
export function checkArchitecture(root = '.') {
  const src = resolve(root, 'src');
  const files = sourceFiles(src).sort();
  const known = new Set(files);
  const problems = [];
  const edges = new Map(files.map((f) => [f, []]));
  const roomEdges = new Map();
  for (const file of files) {
    const text = readFileSync(join(src, file), 'utf8');
    const room = roomOf(file);
    if (!floorOf.has(room)) problems.push(`room: src/${file} is in ${room}, which is on no floor`);
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    if (lines > MAX_FILE_LINES && !DATA_FILES.some((d) => d.test(file)))
      problems.push(`size: src/${file} has ${lines} lines (limit ${MAX_FILE_LINES})`);
    for (const f of longFunctions(file, text))
      problems.push(
        `size: src/${file}:${f.line} ${f.name} has ${f.lines} lines (limit ${MAX_FUNCTION_LINES})`,
      );
    for (const { fileName: spec } of ts.preProcessFile(text, true, true).importedFiles) {
      let target;
      if (spec.startsWith('.')) {
        const path = relative(src, resolve(src, dirname(file), spec)).replace(/\.js$/, '.ts');
        target = known.has(path)
          ? path
          : known.has(join(path, 'index.ts'))
            ? join(path, 'index.ts')
            : undefined;
        if (!target) {
          problems.push(`import: src/${file} imports ${spec}, which is not a source file`);
          continue;
        }
        edges.get(file).push(target);
      } else if (packageFile(spec) !== undefined) {
        target = packageFile(spec);
      } else continue;
      const to = roomOf(target);
      if (to === room) continue;
      if (!roomEdges.has(room)) roomEdges.set(room, new Set());
      roomEdges.get(room).add(to);
      const [a, b] = [floorOf.get(room), floorOf.get(to)];
      if (a !== undefined && b !== undefined && b >= a)
        problems.push(
          `floor: src/${file} (${room}, floor ${a}) imports ${spec} (${to}, floor ${b}): imports run downwards only`,
        );
      if ((FORBIDDEN[room] ?? []).includes(to))
        problems.push(
          `floor: src/${file} (${room}) imports ${spec} (${to}): ${room} never imports ${to}`,
        );
    }
  }
  for (const cycle of cycles(edges))
    problems.push(`cycle: ${cycle.map((f) => `src/${f}`).join(' -> ')}`);
  const rooms = new Map([...roomEdges].map(([r, to]) => [r, [...to]]));
  for (const cycle of cycles(rooms)) problems.push(`cycle of rooms: ${cycle.join(' -> ')}`);
  return problems;
}

/** One cycle through each strongly connected part of a graph (Tarjan), each closed on its start. */
function cycles(graph) {
  let index = 0;
  const stack = [];
  const on = new Set();
  const idx = new Map();
  const low = new Map();
  const found = [];
  const connect = (v) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const part = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        part.push(w);
      } while (w !== v);
      if (part.length > 1 || (graph.get(v) ?? []).includes(v))
        found.push(pathIn(graph, new Set(part), v));
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) connect(v);
  return found;
}

/** A shortest way round from start back to start inside one strongly connected part. */
function pathIn(graph, part, start) {
  const back = new Map([[start, undefined]]);
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift();
    for (const w of graph.get(v) ?? []) {
      if (w === start) {
        const path = [start];
        for (let u = v; u !== start; u = back.get(u)) path.splice(1, 0, u);
        return [...path, start];
      }
      if (part.has(w) && !back.has(w)) {
        back.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const problems = checkArchitecture(process.argv[2] ?? '.');
  for (const p of problems) console.log(p);
  console.log(
    problems.length === 0
      ? 'architecture: no violations'
      : `architecture: ${problems.length} violations`,
  );
  process.exit(problems.length === 0 ? 0 : 1);
}
