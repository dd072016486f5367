// Confirmations before destructive or irreversible actions. A form (or the button that submits
// it) with data-confirm="..." asks first, in the page's own dialog (#confirm-dialog, in the
// layout), naming what will happen; the form is sent only on "confirm". Keyboard: the dialog
// takes focus, Escape cancels, and focus returns to the button that was pressed.
// Same-origin file, as the CSP (script-src 'self') requires: no inline script anywhere.
(function () {
	'use strict';

	document.addEventListener('submit', function (event) {
		var form = event.target;
		var submitter = event.submitter || null;
		var message = (submitter && submitter.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
		var dialog = document.getElementById('confirm-dialog');
		if (!message || !dialog || typeof dialog.showModal !== 'function' || form.getAttribute('data-confirmed') === 'yes') {
			return;
		}
		event.preventDefault();
		dialog.querySelector('[data-confirm-message]').textContent = message;
		var action = (submitter && submitter.getAttribute('data-confirm-action')) || form.getAttribute('data-confirm-action');
		var ok = dialog.querySelector('[data-confirm-ok]');
		ok.textContent = action || ok.getAttribute('data-default-label');
		dialog.returnValue = '';
		dialog.addEventListener('close', function () {
			if (dialog.returnValue === 'confirm') {
				form.setAttribute('data-confirmed', 'yes');
				if (typeof form.requestSubmit === 'function') {
					form.requestSubmit(submitter);
				}
				else {
					form.submit();
				}
			}
			else if (submitter) {
				submitter.focus();
			}
		}, { once: true });
		dialog.showModal();
		// Cancel takes the focus, so that Enter alone never confirms a destructive action.
		dialog.querySelector('[data-confirm-cancel]').focus();
	});
})();
