// Lists that fit (portal.css, "Lists"). For every table marked class="list-table":
// - each cell gets its column's heading in data-label, which the phone layout shows beside the
//   value when rows become cards; templates name each column once, in the heading;
// - an empty cell is left out of the card (list-empty);
// - a cell (or a line of it) whose text is short, such as a status, a date, an id or an amount,
//   is kept on one line (list-short): a squeezed column then never wraps it one character per
//   line, which Chinese text otherwise allows at every character;
// - the table's parts get their ARIA roles, because the phone layout displays rows as blocks and
//   browsers then stop telling screen readers that it is a table.
// Same-origin file, as the CSP (script-src 'self') requires: no inline script anywhere.
(function () {
	'use strict';

	// Short enough to keep whole: about 24 Latin characters, a CJK character counting twice.
	var SHORT = 24;

	function width(text) {
		var total = 0;
		for (var i = 0; i < text.length; i++) {
			total += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(text[i]) ? 2 : 1;
		}
		return total;
	}

	function text(element) {
		return element.textContent.replace(/\s+/g, ' ').trim();
	}

	// A heading only screen readers see (such as the actions column's) labels no line of a card.
	function heading(th) {
		var hidden = th.querySelector('.visually-hidden');
		if (hidden && text(hidden) === text(th)) {
			return '';
		}
		// The sort arrow of a sortable heading is no part of its name.
		return text(th).replace(/\s*[\u2191\u2193]$/, '');
	}

	// Nothing to read or press: no line on a phone's card.
	function empty(cell) {
		return text(cell) === '' && !cell.querySelector('img, svg, input, select, textarea, button, a');
	}

	function keepShort(cell) {
		if (cell.classList.contains('list-wrap') || cell.querySelector('form, .list-wrap, .list-truncate')) {
			return;
		}
		if (width(text(cell)) <= SHORT) {
			cell.classList.add('list-short');
			return;
		}
		// A cell of several lines (a name above its account, a type above its modes): line by line.
		for (var i = 0; i < cell.children.length; i++) {
			var line = cell.children[i];
			if (line.tagName === 'DIV' && width(text(line)) <= SHORT) {
				line.classList.add('list-short');
			}
		}
	}

	function prepare(table) {
		var head = table.tHead && table.tHead.rows[0];
		var labels = [];
		if (head) {
			for (var h = 0; h < head.cells.length; h++) {
				for (var span = 0; span < head.cells[h].colSpan; span++) {
					labels.push(heading(head.cells[h]));
				}
				head.cells[h].setAttribute('role', 'columnheader');
			}
			table.tHead.setAttribute('role', 'rowgroup');
			head.setAttribute('role', 'row');
		}
		table.setAttribute('role', 'table');
		for (var b = 0; b < table.tBodies.length; b++) {
			var body = table.tBodies[b];
			body.setAttribute('role', 'rowgroup');
			for (var r = 0; r < body.rows.length; r++) {
				var row = body.rows[r];
				row.setAttribute('role', 'row');
				var column = 0;
				for (var c = 0; c < row.cells.length; c++) {
					var cell = row.cells[c];
					cell.setAttribute('role', cell.tagName === 'TH' ? 'rowheader' : 'cell');
					if (cell.colSpan > 1) {
						// A message across the table ("no orders match"): no label.
						cell.classList.add('list-full');
					}
					else {
						if (!cell.hasAttribute('data-label')) {
							cell.setAttribute('data-label', labels[column] || '');
						}
						if (empty(cell)) {
							cell.classList.add('list-empty');
						}
						keepShort(cell);
					}
					column += cell.colSpan;
				}
			}
		}
	}

	function prepareAll() {
		var tables = document.querySelectorAll('table.list-table');
		for (var i = 0; i < tables.length; i++) {
			prepare(tables[i]);
		}
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', prepareAll);
	}
	else {
		prepareAll();
	}
})();
