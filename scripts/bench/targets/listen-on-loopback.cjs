// Preloaded with `node --require` into the GOV.UK Prototype Kit, whose `serve`
// command calls server.listen(port) with no host and so listens on every
// interface. This makes a listen call given only a port (and perhaps a
// callback) listen on 127.0.0.1 instead, so the benchmark stays on loopback.

const net = require('node:net');

const listen = net.Server.prototype.listen;

net.Server.prototype.listen = function listenOnLoopback(...args) {
  const portOnly =
    typeof args[0] === 'number' && (args.length === 1 || typeof args[1] === 'function');
  if (portOnly) {
    args.splice(1, 0, '127.0.0.1');
  }
  return listen.apply(this, args);
};
