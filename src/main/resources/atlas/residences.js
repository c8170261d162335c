/* Tableau de toutes les résidences : recherche (accents, apostrophes et abréviations ignorés), filtres par commune,
   quartier prioritaire et classes, lus aussi dans l'adresse (?commune=21231, ?qpv=QN02103M, ?q=...), export CSV.
   Le tri est celui de tableaux.js. */
(function () {
  'use strict';
  var ABREVIATIONS = { 'av': 'avenue', 'av.': 'avenue', 'bd': 'boulevard', 'bd.': 'boulevard', 'bld': 'boulevard',
    'pl': 'place', 'pl.': 'place', 'st': 'saint', 'ste': 'sainte', 'r': 'rue', 'r.': 'rue', 'imp': 'impasse',
    'ch': 'chemin', 'chem': 'chemin', 'all': 'allee', 'rte': 'route', 'sq': 'square', 'fg': 'faubourg' };
  var FILTRES = { 'filtre-commune': 'commune', 'filtre-fragilite': 'fragilite', 'filtre-accessibilite': 'accessibilite',
    'filtre-croisement': 'croisement' };

  function mots(texte) {
    return window.ATLAS_NORMALISER(texte).replace(/[-,]/g, ' ').split(/\s+/).filter(Boolean).map(function (m) {
      return ABREVIATIONS[m] || m.replace(/\.$/, '');
    });
  }

  function lignes() {
    return Array.prototype.slice.call(document.getElementById('corps-residences').rows);
  }

  function afficher() {
    var q = mots(document.getElementById('recherche').value);
    var qpv = document.getElementById('filtre-qpv').value;
    var n = 0;
    lignes().forEach(function (tr) {
      var ok = true;
      var cle = ' ' + mots(tr.getAttribute('data-recherche')).join(' ') + ' ';
      q.forEach(function (m) { if (cle.indexOf(m) < 0) { ok = false; } });
      Object.keys(FILTRES).forEach(function (id) {
        var v = document.getElementById(id).value;
        if (v && tr.getAttribute('data-' + FILTRES[id]) !== v) { ok = false; }
      });
      var code = tr.getAttribute('data-qpv');
      if (qpv === 'hors' && code) { ok = false; }
      if (qpv === 'en' && !code) { ok = false; }
      if (qpv && qpv !== 'hors' && qpv !== 'en' && code !== qpv) { ok = false; }
      tr.hidden = !ok;
      if (ok) { n++; }
    });
    document.getElementById('compte').textContent = n.toLocaleString('fr-FR') + ' résidence' + (n > 1 ? 's' : '')
      + ' affichée' + (n > 1 ? 's' : '');
    document.getElementById('tableau-residences').setAttribute('data-lignes', String(n));
  }

  function exporter() {
    var echapper = function (v) {
      var s = String(v === null || v === undefined ? '' : v);
      if (/^[=+\-@\t\r]/.test(s) && !/^[-+]?\d+([.,]\d+)?$/.test(s)) { s = '\'' + s; }
      return /[;"\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    };
    var entetes = Array.prototype.map.call(document.querySelectorAll('#tableau-residences thead th'), function (th) { return th.textContent; });
    var sortie = [entetes.map(echapper).join(';')];
    lignes().forEach(function (tr) {
      if (tr.hidden) { return; }
      sortie.push(Array.prototype.map.call(tr.cells, function (td) { return echapper(td.textContent); }).join(';'));
    });
    var blob = new Blob(['\uFEFF' + sortie.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'residences.csv';
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
  }

  function demarrer() {
    if (!document.getElementById('tableau-residences')) { return; }
    var params = new URLSearchParams(window.location.search);
    if (params.get('q')) { document.getElementById('recherche').value = params.get('q'); }
    if (params.get('commune')) { document.getElementById('filtre-commune').value = params.get('commune'); }
    if (params.get('qpv')) { document.getElementById('filtre-qpv').value = params.get('qpv'); }
    ['recherche', 'filtre-qpv'].concat(Object.keys(FILTRES)).forEach(function (id) {
      document.getElementById(id).addEventListener('input', afficher);
    });
    document.getElementById('export-csv').addEventListener('click', exporter);
    afficher();
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', demarrer); } else { demarrer(); }
}());
