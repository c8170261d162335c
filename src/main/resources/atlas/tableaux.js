/* Tableaux triables de l'atlas : un clic (ou Entrée) sur un en-tête trie la colonne, les nombres comme des
   nombres (attribut data-valeur), le texte dans l'ordre français ; un champ .filtre-tableau filtre les lignes. */
(function () {
  'use strict';
  function normaliser(s) {
    return String(s || '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\u2019/g, '\'');
  }

  function cle(td) {
    var v = td.getAttribute('data-valeur');
    return v === null ? null : parseFloat(v);
  }

  function trier(table, index, th) {
    var sens = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
    table.querySelectorAll('th[aria-sort]').forEach(function (autre) { autre.setAttribute('aria-sort', 'none'); });
    th.setAttribute('aria-sort', sens > 0 ? 'ascending' : 'descending');
    var corps = table.tBodies[0];
    var lignes = Array.prototype.slice.call(corps.rows);
    lignes.sort(function (a, b) {
      var x = a.cells[index], y = b.cells[index];
      var nx = cle(x), ny = cle(y);
      if (nx !== null || ny !== null) {
        if (nx === null) { return 1; }
        if (ny === null) { return -1; }
        return (nx - ny) * sens;
      }
      return x.textContent.localeCompare(y.textContent, 'fr') * sens;
    });
    lignes.forEach(function (tr) { corps.appendChild(tr); });
  }

  function demarrer() {
    document.querySelectorAll('table.triable').forEach(function (table) {
      table.querySelectorAll('thead th').forEach(function (th, index) {
        var action = function () { trier(table, index, th); };
        th.addEventListener('click', action);
        th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); action(); } });
      });
    });
    document.querySelectorAll('input.filtre-tableau').forEach(function (champ) {
      var table = document.getElementById(champ.getAttribute('data-table'));
      if (!table) { return; }
      champ.addEventListener('input', function () {
        var q = normaliser(champ.value);
        Array.prototype.forEach.call(table.tBodies[0].rows, function (tr) {
          tr.hidden = q !== '' && normaliser(tr.textContent).indexOf(q) < 0;
        });
      });
    });
  }

  window.ATLAS_NORMALISER = normaliser;
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', demarrer); } else { demarrer(); }
}());
