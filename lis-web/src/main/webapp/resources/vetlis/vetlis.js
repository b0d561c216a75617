/* Live pages: a web socket on which the server only ever says "changed"; the page then redraws its live parts
   (redraw: a p:remoteCommand, a normal request that checks the person's roles). Its state shows beside the title.
   A dropped socket is opened again after a pause; nothing polls for data. */
window.VetLIS = {
  listen: function (contextPath, redraw) {
    var socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + contextPath + '/app/live');
    socket.onopen = function () {
      VetLIS.show('live', 'vl-live');
    };
    socket.onmessage = function () {
      redraw();
    };
    socket.onclose = function () {
      VetLIS.show('offline', 'vl-offline');
      setTimeout(function () { VetLIS.listen(contextPath, redraw); }, 5000);
    };
  },
  /* Whether someone is typing in the element with this id: a redraw of it would throw what they typed away. */
  typingIn: function (id) {
    var part = document.getElementById(id);
    if (!part) {
      return false;
    }
    return Array.prototype.some.call(part.querySelectorAll('input[type=text]'), function (input) {
      return input === document.activeElement || input.value !== '';
    });
  },
  show: function (text, style) {
    var state = document.getElementById('liveState');
    if (state) {
      state.textContent = text;
      state.className = style;
    }
  }
};

/* Keyboard work at the bench: Enter in a result field moves down to the next one instead of submitting;
   in the last one it saves, as the Save button would. */
document.addEventListener('keydown', function (event) {
  var field = event.target;
  if (event.key !== 'Enter' || !field.classList || !field.classList.contains('vl-result')) {
    return;
  }
  event.preventDefault();
  var fields = Array.prototype.slice.call(document.querySelectorAll('input.vl-result'));
  var next = fields[fields.indexOf(field) + 1];
  if (next) {
    next.focus();
    next.select();
  } else {
    var save = field.form && field.form.querySelector('.vl-save');
    if (save) {
      save.click();
    }
  }
});
