// Summarises a V8 .cpuprofile (from node --cpu-prof): where the sampled time
// went by package or kit module, self and inclusive, and the busiest functions.

import { readFileSync } from 'node:fs';

/**
 * @typedef {object} ProfileNode
 * @property {number} id
 * @property {{ functionName: string, url: string, lineNumber: number }} callFrame
 * @property {number[]} [children]
 */

/**
 * Names the part of the program a frame belongs to: an npm package, a Journey
 * Kit module under dist/, a Node.js internal module, or one of V8's
 * pseudo-frames such as (garbage collector). Returns undefined for a frame
 * without a script URL, which is native code or code compiled at run time
 * (such as Nunjucks templates), so that the caller can charge it to the frame
 * that called it.
 *
 * @param {ProfileNode['callFrame']} frame
 */
export function componentOf(frame) {
  const { url, functionName } = frame;
  if (!url) {
    return functionName.startsWith('(') ? functionName : undefined;
  }
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (packageMatch?.[1]) {
    return packageMatch[1];
  }
  const kitMatch = /\/dist\/((?:src|journeys)\/.+)$/.exec(url);
  if (kitMatch?.[1]) {
    return `kit ${kitMatch[1]}`;
  }
  if (url.startsWith('node:')) {
    return 'node: internals';
  }
  return url;
}

/**
 * @param {string} file a .cpuprofile written by node --cpu-prof
 * @param {number} [top] rows per table
 */
export function summariseProfile(file, top = 20) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  /** @type {Map<number, ProfileNode>} */
  const nodes = new Map();
  /** @type {Map<number, number>} */
  const parents = new Map();
  for (const node of /** @type {ProfileNode[]} */ (profile.nodes)) {
    nodes.set(node.id, node);
    for (const child of node.children ?? []) {
      parents.set(child, node.id);
    }
  }

  /** @type {Map<number, string>} */
  const components = new Map();
  // A frame without a script URL takes the component of its nearest caller that has one.
  const componentOfNode = (/** @type {number} */ id) => {
    const known = components.get(id);
    if (known !== undefined) {
      return known;
    }
    const node = /** @type {ProfileNode} */ (nodes.get(id));
    const parent = parents.get(id);
    const component =
      componentOf(node.callFrame) ?? (parent === undefined ? '(native)' : componentOfNode(parent));
    components.set(id, component);
    return component;
  };

  /** @type {Map<string, number>} */
  const selfByComponent = new Map();
  /** @type {Map<string, number>} */
  const inclusiveByComponent = new Map();
  /** @type {Map<string, number>} */
  const selfByFunction = new Map();
  const add = (/** @type {Map<string, number>} */ map, /** @type {string} */ key, /** @type {number} */ us) =>
    map.set(key, (map.get(key) ?? 0) + us);

  let totalUs = 0;
  const samples = /** @type {number[]} */ (profile.samples);
  const deltas = /** @type {number[]} */ (profile.timeDeltas);
  for (let i = 0; i < samples.length; i += 1) {
    // timeDeltas[i + 1] is the time from sample i to the next one.
    const us = Math.max(0, deltas[i + 1] ?? 0);
    const node = nodes.get(/** @type {number} */ (samples[i]));
    if (!node) {
      continue;
    }
    totalUs += us;
    add(selfByComponent, componentOfNode(node.id), us);
    const where = node.callFrame.url ? `${node.callFrame.url.replace(/^.*\/(node_modules|dist)\//, '')}:${node.callFrame.lineNumber + 1}` : '';
    add(selfByFunction, `${node.callFrame.functionName || '(anonymous)'} ${where}`.trim(), us);

    /** @type {Set<string>} */
    const onStack = new Set();
    for (let id = /** @type {number | undefined} */ (node.id); id !== undefined; id = parents.get(id)) {
      if (/** @type {ProfileNode} */ (nodes.get(id)).callFrame.functionName !== '(root)') {
        onStack.add(componentOfNode(id));
      }
    }
    for (const name of onStack) {
      add(inclusiveByComponent, name, us);
    }
  }

  const table = (/** @type {Map<string, number>} */ map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => `  ${((100 * us) / totalUs).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${name}`);

  return [
    `${file}: ${(totalUs / 1e6).toFixed(1)} s sampled`,
    'Self time by component (native code and templates charged to their caller):',
    ...table(selfByComponent),
    'Time with the component anywhere on the stack (for middleware that calls next() at once, this includes the rest of the request):',
    ...table(inclusiveByComponent),
    'Self time by function:',
    ...table(selfByFunction),
  ].join('\n');
}
