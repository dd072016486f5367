// The publish form's rows: add and remove specs, and the per-core price rows of a spec.
// A new row is a copy of the <template> at the end of the list; after any change every row is
// renumbered (names specs[i].* and specs[i].cores[j].*, ids, labels, test ids), so the server
// receives rows 0, 1, 2, ... Without this script the form keeps working with the rows the
// server rendered (one empty row of each to fill in); the buttons that need it stay hidden.
// Also takes the reader to the error summary when the page shows one.
// Same-origin file, as the CSP (script-src 'self') requires: no inline script anywhere.
(function () {
	'use strict';

	var ATTRIBUTES = ['name', 'id', 'for', 'aria-describedby', 'aria-labelledby'];

	function rename(root, pattern, replacement) {
		var elements = [root].concat(Array.prototype.slice.call(root.querySelectorAll('*')));
		elements.forEach(function (element) {
			ATTRIBUTES.forEach(function (attribute) {
				var value = element.getAttribute(attribute);
				if (value) {
					element.setAttribute(attribute, value.replace(pattern, replacement));
				}
			});
		});
	}

	function renumber(list) {
		var cards = list.querySelectorAll('[data-spec-rows] > [data-spec]');
		Array.prototype.forEach.call(cards, function (card, i) {
			rename(card, /specs\[\d+\]/g, 'specs[' + i + ']');
			rename(card, /specs-\d+-/g, 'specs-' + i + '-');
			card.setAttribute('data-testid', 'spec-row-' + (i + 1));
			var title = card.querySelector('[data-spec-title]');
			if (title) {
				title.textContent = title.getAttribute('data-pattern').replace('{0}', String(i + 1));
			}
			Array.prototype.forEach.call(card.querySelectorAll('[data-core-row]'), function (row, j) {
				rename(row, /cores\[\d+\]/g, 'cores[' + j + ']');
				rename(row, /cores-\d+-/g, 'cores-' + j + '-');
			});
		});
		var add = list.querySelector('[data-add-spec]');
		var max = parseInt(list.getAttribute('data-max'), 10);
		if (add && max) {
			add.disabled = cards.length >= max;
		}
	}

	function copy(list, selector) {
		var template = list.querySelector(selector);
		return document.importNode(template.content, true).firstElementChild;
	}

	function showScriptOnly(root) {
		Array.prototype.forEach.call(root.querySelectorAll('[data-script-only]'), function (element) {
			element.hidden = false;
		});
	}

	function firstField(root) {
		return root.querySelector('input:not([type=hidden]), select');
	}

	document.addEventListener('click', function (event) {
		var button = event.target.closest('[data-add-spec], [data-remove-spec], [data-add-core], [data-remove-core]');
		var list = button && button.closest('[data-spec-list]');
		if (!list) {
			return;
		}
		var card = button.closest('[data-spec]');
		if (button.hasAttribute('data-add-spec')) {
			var created = copy(list, '[data-spec-template]');
			showScriptOnly(created);
			list.querySelector('[data-spec-rows]').appendChild(created);
			renumber(list);
			firstField(created).focus();
		}
		else if (button.hasAttribute('data-remove-spec')) {
			var next = card.nextElementSibling || card.previousElementSibling;
			card.remove();
			renumber(list);
			(next ? firstField(next) : list.querySelector('[data-add-spec]')).focus();
		}
		else if (button.hasAttribute('data-add-core')) {
			var row = copy(list, '[data-core-template]');
			showScriptOnly(row);
			card.querySelector('[data-core-rows]').appendChild(row);
			renumber(list);
			firstField(row).focus();
		}
		else {
			var tr = button.closest('[data-core-row]');
			var after = tr.nextElementSibling || tr.previousElementSibling;
			tr.remove();
			renumber(list);
			(after ? firstField(after) : card.querySelector('[data-add-core]')).focus();
		}
	});

	document.addEventListener('DOMContentLoaded', function () {
		Array.prototype.forEach.call(document.querySelectorAll('[data-spec-list]'), function (list) {
			showScriptOnly(list);
			renumber(list);
		});
		var summary = document.getElementById('error-summary');
		if (summary) {
			summary.focus();
		}
	});
})();
