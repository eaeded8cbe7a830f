// Runs once the app has loaded; sails.io is the Socket.IO server that
// sails-hook-sockets attached. Echo each message to the socket that sent it.
module.exports.bootstrap = async function () {
  sails.io.on('connection', (socket) => {
    socket.on('message', (text) => socket.emit('message', text));
  });
};
