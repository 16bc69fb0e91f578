// Preloaded with `node --expose-gc --require` into a server whose memory the
// benchmark measures. On SIGUSR2 it runs a full garbage collection and writes
// process.memoryUsage() to stderr as one line:
//   bench-memory {"rss":…,"heapTotal":…,"heapUsed":…,"external":…,"arrayBuffers":…}

process.on('SIGUSR2', () => {
  if (typeof global.gc !== 'function') {
    process.stderr.write('bench-memory-error global.gc is missing: start node with --expose-gc\n');
    return;
  }
  global.gc();
  process.stderr.write(`bench-memory ${JSON.stringify(process.memoryUsage())}\n`);
});
