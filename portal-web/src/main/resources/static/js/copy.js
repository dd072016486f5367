// "Copy" buttons beside values shown only once (a new key's secret). A button with
// data-copy="<id>" copies the text of that element to the clipboard, then says so for a few
// seconds in its own label (data-copied) and in the page's status region ([data-copy-status]).
// Where the clipboard is refused (a page not served over HTTPS, a denied permission), the text is
// selected instead and the button asks the reader to copy it by hand (data-copy-failed).
// Same-origin file, as the CSP (script-src 'self') requires: no inline script anywhere.
(function () {
	'use strict';

	var SHOWN_MS = 2500;

	function say(button, text, done) {
		var label = button.getAttribute('data-label') || button.textContent;
		button.setAttribute('data-label', label);
		button.textContent = text;
		button.classList.toggle('btn-success', done);
		button.classList.toggle('btn-outline-success', !done);
		button.setAttribute('data-copy-state', done ? 'copied' : 'failed');
		var status = document.querySelector('[data-copy-status]');
		if (status) {
			status.textContent = text;
		}
		clearTimeout(button.copyTimer);
		button.copyTimer = setTimeout(function () {
			button.textContent = label;
			button.classList.remove('btn-success');
			button.classList.add('btn-outline-success');
			button.removeAttribute('data-copy-state');
		}, SHOWN_MS);
	}

	function select(element) {
		var range = document.createRange();
		range.selectNodeContents(element);
		var selection = window.getSelection();
		selection.removeAllRanges();
		selection.addRange(range);
	}

	document.addEventListener('click', function (event) {
		var button = event.target.closest('[data-copy]');
		if (!button) {
			return;
		}
		var source = document.getElementById(button.getAttribute('data-copy'));
		if (!source) {
			return;
		}
		var text = source.textContent.trim();
		var failed = function () {
			select(source);
			say(button, button.getAttribute('data-copy-failed'), false);
		};
		if (!navigator.clipboard || typeof navigator.clipboard.writeText !== 'function') {
			failed();
			return;
		}
		navigator.clipboard.writeText(text).then(function () {
			say(button, button.getAttribute('data-copied'), true);
		}, failed);
	});
})();
