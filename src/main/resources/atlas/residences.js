/* Tableau des résidences : recherche, filtres (commune, classes, QPV), tri et export CSV, en JavaScript sans
   bibliothèque. Les données viennent de donnees/residences.js ; tout texte est inséré avec textContent. */
(function () {
  'use strict';
  var COLONNES = [
    { cle: 'commune', titre: 'Commune' }, { cle: 'adresse', titre: 'Adresse' }, { cle: 'qpv', titre: 'QPV' },
    { cle: 'logements', titre: 'Logements', nombre: true }, { cle: 'accessibilite', titre: 'Accessibilité' },
    { cle: 'fragilite', titre: 'Occupation' }, { cle: 'croisement', titre: 'Croisement' }
  ];
  var tri = { cle: 'commune', sens: 1 };

  function normaliser(s) {
    return String(s || '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }

  function lignesFiltrees() {
    var q = normaliser(document.getElementById('recherche').value);
    var commune = document.getElementById('filtre-commune').value;
    var fragilite = document.getElementById('filtre-fragilite').value;
    var accessibilite = document.getElementById('filtre-accessibilite').value;
    var qpv = document.getElementById('filtre-qpv').value;
    return window.ATLAS.residences.filter(function (r) {
      if (q && normaliser(r.adresse + ' ' + r.commune + ' ' + (r.programme || '')).indexOf(q) < 0) { return false; }
      if (commune && r.commune !== commune) { return false; }
      if (fragilite && r.fragilite !== fragilite) { return false; }
      if (accessibilite && r.accessibilite !== accessibilite) { return false; }
      if (qpv === 'oui' && !r.qpv) { return false; }
      if (qpv === 'non' && r.qpv) { return false; }
      return true;
    }).sort(function (a, b) {
      var x = a[tri.cle], y = b[tri.cle];
      if (typeof x === 'number' && typeof y === 'number') { return (x - y) * tri.sens; }
      return String(x || '').localeCompare(String(y || ''), 'fr') * tri.sens;
    });
  }

  function afficher() {
    var corps = document.getElementById('corps-residences');
    var lignes = lignesFiltrees();
    corps.textContent = '';
    var fragment = document.createDocumentFragment();
    lignes.forEach(function (r) {
      var tr = document.createElement('tr');
      COLONNES.forEach(function (c) {
        var td = document.createElement('td');
        if (c.cle === 'adresse') {
          var a = document.createElement('a');
          a.href = 'residences/' + encodeURIComponent(r.id) + '.html';
          a.textContent = r.adresse;
          td.appendChild(a);
        } else {
          td.textContent = c.nombre ? r[c.cle].toLocaleString('fr-FR') : (r[c.cle] || '');
          if (c.nombre) { td.className = 'nombre'; }
        }
        tr.appendChild(td);
      });
      fragment.appendChild(tr);
    });
    corps.appendChild(fragment);
    document.getElementById('compte').textContent = lignes.length.toLocaleString('fr-FR') + ' résidence'
      + (lignes.length > 1 ? 's' : '') + ' affichée' + (lignes.length > 1 ? 's' : '');
    document.getElementById('tableau-residences').setAttribute('data-lignes', String(lignes.length));
  }

  function exporter() {
    var echapper = function (v) {
      var s = String(v === null || v === undefined ? '' : v);
      if (/^[=+\-@\t\r]/.test(s) && !/^[-+]?\d+([.,]\d+)?$/.test(s)) { s = '\'' + s; }
      return /[;"\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    };
    var lignes = [['identifiant'].concat(COLONNES.map(function (c) { return c.titre; })).join(';')];
    lignesFiltrees().forEach(function (r) {
      lignes.push([r.id].concat(COLONNES.map(function (c) { return r[c.cle]; })).map(echapper).join(';'));
    });
    var blob = new Blob(['\uFEFF' + lignes.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'residences.csv';
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
  }

  function demarrer() {
    if (!window.ATLAS || !document.getElementById('tableau-residences')) { return; }
    var params = new URLSearchParams(window.location.search);
    if (params.get('q')) { document.getElementById('recherche').value = params.get('q'); }
    ['recherche', 'filtre-commune', 'filtre-fragilite', 'filtre-accessibilite', 'filtre-qpv'].forEach(function (id) {
      document.getElementById(id).addEventListener('input', afficher);
    });
    document.querySelectorAll('#tableau-residences th[data-cle]').forEach(function (th) {
      var trier = function () {
        var cle = th.getAttribute('data-cle');
        tri = { cle: cle, sens: tri.cle === cle ? -tri.sens : 1 };
        document.querySelectorAll('#tableau-residences th[data-cle]').forEach(function (autre) { autre.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', tri.sens > 0 ? 'ascending' : 'descending');
        afficher();
      };
      th.addEventListener('click', trier);
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); trier(); } });
    });
    document.getElementById('export-csv').addEventListener('click', exporter);
    afficher();
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', demarrer); } else { demarrer(); }
}());
