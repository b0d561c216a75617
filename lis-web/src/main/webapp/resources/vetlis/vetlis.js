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
