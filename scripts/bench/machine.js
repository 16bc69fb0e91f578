// A description of the machine a benchmark ran on.

import { readFileSync } from 'node:fs';
import os from 'node:os';

/** Returns the CPU model from /proc/cpuinfo, or from os.cpus() where there is no such file. */
function cpuModel() {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match?.[1]) {
      return match[1].trim();
    }
  } catch {
    // Not Linux: os.cpus() below.
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

/** Returns the core count, CPU model, memory, Node.js version, platform and load averages. */
export function describeMachine() {
  return {
    cores: os.availableParallelism(),
    cpu: cpuModel(),
    memoryBytes: os.totalmem(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: os.loadavg(),
  };
}
